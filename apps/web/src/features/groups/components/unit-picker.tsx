import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgUnitSearchDocument } from '../../../gql/graphql';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useFormatters } from '../../../lib/use-formatters';
import type { FormUnit } from '../filter-form';

/** Chosen units as chips, and a search box that offers matching units to add. */
export function UnitPicker({ units, onChange, error }: { units: readonly FormUnit[]; onChange: (next: FormUnit[]) => void; error?: string }) {
  const { t } = useTranslation(['groups']);
  const format = useFormatters();
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  const { data, previousData } = useQuery(OrgUnitSearchDocument, { variables: { text: search }, skip: search === '' });
  const found = search === '' ? [] : ((data ?? previousData)?.orgUnitSearch ?? []).filter((u) => !units.some((chosen) => chosen.id === u.id));

  function add(unit: FormUnit) {
    onChange([...units, { id: unit.id, nameUk: unit.nameUk, nameEn: unit.nameEn }]);
    setText('');
  }

  return (
    <fieldset className="unit-picker" data-testid="filter-units">
      <legend className="field__label">{t('groups:filter.units')}</legend>
      <p className="field__hint">{t('groups:filter.unitsHint')}</p>
      {units.length > 0 && (
        <ul className="chips">
          {units.map((unit) => (
            <li key={unit.id} className="chip" data-testid="filter-unit-chip">
              {format.name(unit)}
              <button type="button" className="chip__remove" aria-label={t('groups:filter.removeUnit', { name: format.name(unit) })} onClick={() => onChange(units.filter((u) => u.id !== unit.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="visually-hidden" htmlFor={id}>
        {t('groups:filter.unitSearch')}
      </label>
      <input
        id={id}
        className="input"
        type="search"
        autoComplete="off"
        placeholder={t('groups:filter.unitSearchPlaceholder')}
        data-testid="filter-unit-search"
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {search !== '' && (
        <ul className="unit-picker__results" aria-live="polite">
          {found.length === 0 && data ? <li className="muted">{t('groups:filter.noUnits')}</li> : null}
          {found.map((unit) => (
            <li key={unit.id}>
              <button type="button" className="unit-picker__option" data-testid="filter-unit-option" onClick={() => add(unit)}>
                <span aria-hidden="true">+ </span>
                <span className="visually-hidden">{t('groups:filter.addUnit', { name: format.name(unit) })}</span>
                <span aria-hidden="true">{format.name(unit)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
