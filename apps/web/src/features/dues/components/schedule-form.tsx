import { useMutation } from '@apollo/client/react';
import { DUES_PERIOD_KINDS, MEMBERSHIP_TYPES, parseHryvnias } from '@hromada/shared';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AddDuesScheduleDocument, type DuesPeriod, type MembershipType } from '../../../gql/graphql';
import { formErrors } from '../../../lib/errors';

type Field = 'membershipType' | 'period' | 'amountKopiyky' | 'validFrom' | 'validTo';
const FIELDS: readonly Field[] = ['membershipType', 'period', 'amountKopiyky', 'validFrom', 'validTo'];

/** Adds a dues schedule: what a membership type owes per month or year, from a day (to a day). */
export function ScheduleForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation(['dues', 'errors']);
  const id = useId();
  const [values, setValues] = useState({ membershipType: 'MEMBER', period: 'MONTHLY', amount: '', validFrom: '', validTo: '' });
  const [amountProblem, setAmountProblem] = useState<string | null>(null);
  const [add, { loading, error }] = useMutation(AddDuesScheduleDocument, { refetchQueries: ['DuesAdmin'], awaitRefetchQueries: true });
  const server = error ? formErrors(error, i18n, FIELDS) : { fields: {} as Partial<Record<Field, string>>, general: [] };
  const message = (field: Field) => (field === 'amountKopiyky' && amountProblem ? amountProblem : server.fields[field]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const amountKopiyky = parseHryvnias(values.amount);
    if (amountKopiyky === null) return setAmountProblem(t(values.amount.trim() ? 'dues:error.amountFormat' : 'errors:fieldRequired'));
    setAmountProblem(null);
    try {
      await add({
        variables: {
          input: {
            membershipType: values.membershipType as MembershipType,
            period: values.period as DuesPeriod,
            amountKopiyky,
            validFrom: values.validFrom,
            validTo: values.validTo || null,
          },
        },
      });
      onDone();
    } catch {
      // shown from `error`
    }
  }

  const field = (name: Field, label: string, control: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode) => {
    const text = message(name);
    const props = { id: `${id}-${name}`, ...(text ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${name}-error` } : {}) };
    return (
      <div className="field">
        <label className="field__label" htmlFor={props.id}>
          {label}
        </label>
        {control(props)}
        {text && (
          <p className="field__error" id={`${id}-${name}-error`}>
            {text}
          </p>
        )}
      </div>
    );
  };
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value }));

  return (
    <form className="form money-form card" noValidate onSubmit={handleSubmit} data-testid="dues-schedule-form">
      <h3 className="money-form__title">{t('dues:schedules.addTitle')}</h3>
      {server.general.length > 0 && (
        <div className="alert alert--error" role="alert">
          {server.general.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      <div className="form-row">
        {field('membershipType', t('dues:schedules.type'), (p) => (
          <select {...p} className="input" value={values.membershipType} onChange={set('membershipType')}>
            {MEMBERSHIP_TYPES.map((m) => (
              <option key={m} value={m.toUpperCase()}>
                {t(`dues:membershipType.${m.toUpperCase() as MembershipType}`)}
              </option>
            ))}
          </select>
        ))}
        {field('period', t('dues:schedules.period'), (p) => (
          <select {...p} className="input" value={values.period} onChange={set('period')}>
            {DUES_PERIOD_KINDS.map((k) => (
              <option key={k} value={k.toUpperCase()}>
                {t(`dues:periodKind.${k.toUpperCase() as DuesPeriod}`)}
              </option>
            ))}
          </select>
        ))}
        {field('amountKopiyky', t('dues:form.amount'), (p) => (
          <input {...p} className="input" inputMode="decimal" data-testid="dues-schedule-amount" value={values.amount} onChange={set('amount')} />
        ))}
        {field('validFrom', t('dues:schedules.validFrom'), (p) => (
          <input {...p} className="input" type="date" data-testid="dues-schedule-from" value={values.validFrom} onChange={set('validFrom')} />
        ))}
        {field('validTo', t('dues:schedules.validToOptional'), (p) => <input {...p} className="input" type="date" value={values.validTo} onChange={set('validTo')} />)}
      </div>
      <div className="money-form__actions">
        <button type="submit" className="button button--primary" data-testid="dues-schedule-save" disabled={loading}>
          {loading ? t('dues:form.saving') : t('dues:form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('dues:form.cancel')}
        </button>
      </div>
    </form>
  );
}
