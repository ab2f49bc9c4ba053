import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankColumnMappingInput } from '../../../gql/graphql';
import { FieldShell } from '../../../lib/components/form-field';

const ROLES = ['date', 'amount', 'payer', 'purpose', 'reference'] as const;
type Role = (typeof ROLES)[number];

/** Which column is which, as recognized from the headers; the user can correct it. */
export function ColumnMapping(props: { headers: readonly string[]; mapping: Partial<Record<Role, string | null>>; busy: boolean; onApply: (mapping: BankColumnMappingInput) => void }) {
  const { t } = useTranslation(['dues']);
  const [chosen, setChosen] = useState<Record<Role, string>>(() => Object.fromEntries(ROLES.map((r) => [r, props.mapping[r] ?? ''])) as Record<Role, string>);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    props.onApply(Object.fromEntries(ROLES.map((r) => [r, chosen[r] || null])) as BankColumnMappingInput);
  }

  return (
    <form className="column-mapping card" onSubmit={handleSubmit} data-testid="dues-column-mapping">
      <h3 className="money-form__title">{t('dues:import.columns')}</h3>
      <p className="field__hint">{t('dues:import.columnsHint')}</p>
      <div className="form-row">
        {ROLES.map((role) => (
          <FieldShell key={role} label={t(`dues:import.role.${role}`)}>
            {(control) => (
              <select {...control} className="input" value={chosen[role]} onChange={(e) => setChosen((c) => ({ ...c, [role]: e.target.value }))}>
                {(role === 'date' || role === 'amount') && !chosen[role] ? null : <option value="">{t('dues:import.noColumn')}</option>}
                {props.headers.map((h, i) => (
                  <option key={`${h}-${i}`} value={h}>
                    {h || t('dues:import.unnamedColumn', { n: i + 1 })}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
        ))}
      </div>
      <button type="submit" className="button" disabled={props.busy}>
        {t('dues:import.applyColumns')}
      </button>
    </form>
  );
}
