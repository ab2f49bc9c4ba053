import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactWritableUnitsDocument, type OrgUnitKind } from '../../../gql/graphql';
import { ErrorState } from '../../../lib/components/query-status';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useFormatters } from '../../../lib/use-formatters';

export interface UnitChoice {
  id: string;
  nameUk: string;
  nameEn: string;
  kind: OrgUnitKind;
}

const SHOWN = 20;

interface UnitPickerProps {
  id: string;
  value: UnitChoice | null;
  onChange: (unit: UnitChoice) => void;
  error?: string;
}

/**
 * The unit a new contact goes to, among those the viewer may add contacts to. One unit
 * (a branch head's) is chosen for them; many are found by name, top of the tree first.
 */
export function UnitPicker({ id, value, onChange, error }: UnitPickerProps) {
  const { t } = useTranslation(['contacts', 'org']);
  const format = useFormatters();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim());
  const { data, error: loadError, refetch } = useQuery(ContactWritableUnitsDocument, { variables: { search: search || null, first: SHOWN + 1 } });
  const units = data?.contactWritableUnits ?? null;
  const onlyOne = search === '' && units?.length === 1 ? units[0] : null;

  useEffect(() => {
    if (onlyOne && value?.id !== onlyOne.id) onChange(onlyOne);
  }, [onlyOne, value, onChange]);

  if (loadError && !units) return <ErrorState error={loadError} onRetry={() => void refetch()} />;
  if (onlyOne) {
    return (
      <p className="hint" id={id} tabIndex={-1} data-testid="unit-only">
        {t('contacts:new.unitOnly', { name: format.name(onlyOne) })}
      </p>
    );
  }
  const listed = units ? units.slice(0, SHOWN) : [];
  // The chosen unit stays on screen while another search runs.
  const shown = value && !listed.some((unit) => unit.id === value.id) ? [value, ...listed] : listed;

  return (
    <fieldset className="form-group unit-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('contacts:new.unitLegend')}</legend>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('contacts:new.unitSearch')}
        </label>
        <input id={id} className="input" type="search" autoComplete="off" value={text} data-testid="unit-search" aria-invalid={error ? true : undefined} onChange={(event) => setText(event.target.value)} />
      </div>
      <ul className="choice-list" data-testid="unit-options">
        {shown.map((unit) => (
          <li key={unit.id}>
            <label className="checkbox choice">
              <input type="radio" name={`${id}-unit`} checked={value?.id === unit.id} onChange={() => onChange(unit)} />
              <span>
                {format.name(unit)}
                <span className="muted"> · {t(`org:kind.${unit.kind}`)}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {units && units.length === 0 && <p className="muted">{t('contacts:new.unitNone')}</p>}
      {units && units.length > SHOWN && <p className="field__hint">{t('contacts:new.unitMore')}</p>}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
