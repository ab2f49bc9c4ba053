import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import type { AccessUnit } from '../hooks/use-duplicates-access';

/** Which of the viewer's units to work on, when they have more than one. */
export function UnitPicker({ units, value, onChange }: { units: AccessUnit[]; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation(['duplicates']);
  const format = useFormatters();
  const id = useId();
  return (
    <div className="field unit-picker">
      <label className="field__label" htmlFor={id}>
        {t('duplicates:unitLabel')}
      </label>
      <select id={id} className="input" value={value} data-testid="duplicates-unit" onChange={(event) => onChange(event.target.value)}>
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {format.name(unit)}
          </option>
        ))}
      </select>
    </div>
  );
}
