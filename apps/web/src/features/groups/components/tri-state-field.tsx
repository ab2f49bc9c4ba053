import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TriState } from '../filter-form';

/** Any / yes / no as a select: short on a phone, and one tap to reset. */
export function TriStateField({
  label,
  value,
  onChange,
  yes,
  no,
  testId,
}: {
  label: string;
  value: TriState;
  onChange: (next: TriState) => void;
  yes: string;
  no: string;
  testId: string;
}) {
  const { t } = useTranslation(['groups']);
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input" data-testid={testId} value={value} onChange={(event) => onChange(event.target.value as TriState)}>
        <option value="">{t('groups:filter.any')}</option>
        <option value="yes">{yes}</option>
        <option value="no">{no}</option>
      </select>
    </div>
  );
}
