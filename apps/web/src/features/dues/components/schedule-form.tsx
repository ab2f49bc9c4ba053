import { useMutation } from '@apollo/client/react';
import { DUES_PERIOD_KINDS, MEMBERSHIP_TYPES, parseHryvnias } from '@hromada/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AddDuesScheduleDocument, type DuesPeriod, type MembershipType } from '../../../gql/graphql';
import { DialogFooter } from '../../../lib/components/dialog-footer';
import { ErrorSummary } from '../../../lib/components/error-summary';
import { SelectField, TextField } from '../../../lib/components/form-field';
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

  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  return (
    <form className="form money-form card" noValidate onSubmit={handleSubmit} data-testid="dues-schedule-form">
      <h3 className="money-form__title">{t('dues:schedules.addTitle')}</h3>
      <ErrorSummary items={server.general.map((text) => ({ text }))} />
      <div className="form-row">
        <SelectField
          id={`${id}-membershipType`}
          label={t('dues:schedules.type')}
          value={values.membershipType as MembershipType}
          options={MEMBERSHIP_TYPES.map((m) => ({ value: m.toUpperCase() as MembershipType, label: t(`dues:membershipType.${m.toUpperCase() as MembershipType}`) }))}
          onValue={set('membershipType')}
          error={message('membershipType')}
        />
        <SelectField
          id={`${id}-period`}
          label={t('dues:schedules.period')}
          value={values.period as DuesPeriod}
          options={DUES_PERIOD_KINDS.map((k) => ({ value: k.toUpperCase() as DuesPeriod, label: t(`dues:periodKind.${k.toUpperCase() as DuesPeriod}`) }))}
          onValue={set('period')}
          error={message('period')}
        />
        <TextField
          id={`${id}-amountKopiyky`}
          label={t('dues:form.amount')}
          inputMode="decimal"
          value={values.amount}
          onValue={set('amount')}
          error={message('amountKopiyky')}
          testId="dues-schedule-amount"
        />
        <TextField id={`${id}-validFrom`} label={t('dues:schedules.validFrom')} type="date" value={values.validFrom} onValue={set('validFrom')} error={message('validFrom')} testId="dues-schedule-from" />
        <TextField id={`${id}-validTo`} label={t('dues:schedules.validToOptional')} type="date" value={values.validTo} onValue={set('validTo')} error={message('validTo')} />
      </div>
      <DialogFooter
        confirmLabel={t('dues:form.save')}
        busyLabel={t('dues:form.saving')}
        busy={loading}
        confirmTestId="dues-schedule-save"
        cancelLabel={t('dues:form.cancel')}
        onCancel={onDone}
      />
    </form>
  );
}
