import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ContactImportTargetUnitsDocument } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';

interface Unit {
  id: string;
  code: string;
  nameUk: string;
  nameEn: string;
}

const SHOWN = 30;
const TYPING_MS = 300;

/** The unit for rows without one: a search box narrowing a list of the units the viewer may import into. */
export function UnitPicker({ value, chosen, disabled, error, onChange }: {
  value: string | null;
  /** The unit already set, shown even when a search leaves it out. */
  chosen: Unit | null;
  disabled: boolean;
  error: string | null;
  onChange(id: string | null): void;
}) {
  const { t } = useTranslation(['imports']);
  const format = useFormatters();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), TYPING_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const { data, previousData } = useQuery(ContactImportTargetUnitsDocument, { variables: { search: search || null, first: SHOWN } });
  const found = (data ?? previousData)?.contactImportTargetUnits ?? [];
  const units = chosen && !found.some((u) => u.id === chosen.id) ? [chosen, ...found] : found;
  const label = (unit: Unit) => `${format.name(unit)} (${unit.code})`;

  return (
    <div className="field unit-picker">
      <label className="field__label" htmlFor="import-unit-search">
        {t('imports:options.targetUnit')}
      </label>
      <p className="field__hint" id="import-unit-hint">
        {t('imports:options.targetUnitHint')}
      </p>
      <input
        id="import-unit-search"
        className="input"
        type="search"
        placeholder={t('imports:options.unitSearch')}
        aria-label={t('imports:options.unitSearch')}
        value={text}
        disabled={disabled}
        onChange={(event) => setText(event.target.value)}
      />
      <select
        className="input"
        aria-label={t('imports:options.targetUnit')}
        aria-describedby="import-unit-hint"
        aria-invalid={error ? true : undefined}
        data-testid="import-target-unit"
        value={value ?? ''}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{t('imports:options.noUnit')}</option>
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {label(unit)}
          </option>
        ))}
      </select>
      {error && <p className="field__error">{error}</p>}
    </div>
  );
}
