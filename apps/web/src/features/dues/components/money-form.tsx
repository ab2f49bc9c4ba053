import { useMutation } from '@apollo/client/react';
import { calendarDateIn, parseHryvnias, PAYMENT_METHODS, validateMoneyEntry } from '@hromada/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordContributionDocument, RecordDuesPaymentDocument, type PaymentMethod } from '../../../gql/graphql';
import { DialogFooter } from '../../../lib/components/dialog-footer';
import { ErrorSummary } from '../../../lib/components/error-summary';
import { FieldShell, SelectField } from '../../../lib/components/form-field';
import { formErrors } from '../../../lib/errors';
import { useFormatters } from '../../../lib/use-formatters';

export type MoneyKind = 'payment' | 'contribution';
type Field = 'amount' | 'date' | 'method' | 'reference' | 'note' | 'campaign' | 'receiptNumber';

/** The API's names of the form's fields, for its field errors. */
const API_FIELDS: Record<MoneyKind, Record<string, Field>> = {
  payment: { amountKopiyky: 'amount', paidOn: 'date', method: 'method', reference: 'reference', note: 'note' },
  contribution: { amountKopiyky: 'amount', receivedOn: 'date', method: 'method', campaign: 'campaign', receiptNumber: 'receiptNumber', note: 'note' },
};

/** Today in the browser's zone: the default date, and the latest one the checks allow before the API's own. */
function localToday(): string {
  return calendarDateIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

export interface Problem {
  key: string;
  params?: Record<string, string | number>;
}

/** Client-side checks with the API's own rules; a problem (i18n key and params) per field. */
export function checkMoneyForm(kind: MoneyKind, values: Record<Field, string>, today: string): { amountKopiyky: number | null; problems: Partial<Record<Field, Problem>> } {
  const problems: Partial<Record<Field, Problem>> = {};
  const amountKopiyky = values.amount.trim() === '' ? null : parseHryvnias(values.amount);
  if (amountKopiyky === null) problems.amount = { key: values.amount.trim() === '' ? 'errors:fieldRequired' : 'dues:error.amountFormat' };
  const result = validateMoneyEntry(
    { amountKopiyky: amountKopiyky ?? 1, date: values.date, reference: values.reference, note: values.note, campaign: values.campaign, receiptNumber: values.receiptNumber },
    today,
    { receiptRequired: kind === 'contribution' },
  );
  if (!result.ok) for (const p of result.problems) problems[p.field as Field] ??= { key: p.i18nKey, params: p.params };
  return { amountKopiyky, problems };
}

const EMPTY = { amount: '', date: '', method: 'CASH', reference: '', note: '', campaign: '', receiptNumber: '' };

/** Records a dues payment or a contribution for a contact: amount typed in hryvnias and kopiyky, converted exactly. */
export function MoneyForm({ kind, contactId, onDone }: { kind: MoneyKind; contactId: string; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation(['dues', 'errors']);
  const format = useFormatters();
  const formatParams = (params: Problem['params']) => Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, typeof v === 'number' ? format.number(v) : v]));
  const id = useId();
  const [values, setValues] = useState<Record<Field, string>>(() => ({ ...EMPTY, date: localToday() }));
  const [invalid, setInvalid] = useState<Partial<Record<Field, Problem>>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const refetchQueries = kind === 'payment' ? ['ContactDuesSummary', 'ContactDuesPayments'] : ['ContactContributions'];
  const [recordPayment, payment] = useMutation(RecordDuesPaymentDocument, { refetchQueries, awaitRefetchQueries: true });
  const [recordContribution, contribution] = useMutation(RecordContributionDocument, { refetchQueries, awaitRefetchQueries: true });
  const saving = payment.loading || contribution.loading;

  const server = serverError ? formErrors(serverError, i18n, Object.keys(API_FIELDS[kind])) : { fields: {}, general: [] };
  const error = (field: Field): string | undefined => {
    const problem = invalid[field];
    if (problem) return (t as (key: string, params?: object) => string)(problem.key, formatParams(problem.params));
    const apiField = Object.entries(API_FIELDS[kind]).find(([, f]) => f === field)?.[0];
    return apiField ? (server.fields as Record<string, string>)[apiField] : undefined;
  };

  function set(field: Field, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    setInvalid(({ [field]: _removed, ...rest }) => rest);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setServerError(null);
    const { amountKopiyky, problems } = checkMoneyForm(kind, values, localToday());
    setInvalid(problems);
    const first = Object.keys(problems)[0];
    if (first || amountKopiyky === null) {
      document.getElementById(`${id}-${first ?? 'amount'}`)?.focus();
      return;
    }
    const method = values.method as PaymentMethod;
    try {
      if (kind === 'payment') {
        await recordPayment({ variables: { input: { contactId, amountKopiyky, method, paidOn: values.date, reference: values.reference || null, note: values.note || null } } });
      } else {
        await recordContribution({
          variables: { input: { contactId, amountKopiyky, method, receivedOn: values.date, campaign: values.campaign || null, receiptNumber: values.receiptNumber, note: values.note || null } },
        });
      }
      onDone(t(kind === 'payment' ? 'dues:form.paymentSaved' : 'dues:form.contributionSaved'));
    } catch (err) {
      setServerError(err);
    }
  }

  const input = (field: Field, label: string, props: { type?: string; inputMode?: 'decimal'; hint?: string } = {}) => (
    <FieldShell id={`${id}-${field}`} label={label} hint={props.hint} error={error(field)}>
      {(control) => (
        <input
          {...control}
          className="input"
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          data-testid={`dues-${field}`}
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </FieldShell>
  );

  return (
    <form className="form money-form card" noValidate onSubmit={handleSubmit} aria-busy={saving} data-testid={`dues-${kind}-form`}>
      <h3 className="money-form__title">{t(kind === 'payment' ? 'dues:form.paymentTitle' : 'dues:form.contributionTitle')}</h3>
      <ErrorSummary items={server.general.map((text) => ({ text }))} />
      <div className="form-row">
        {input('amount', t('dues:form.amount'), { inputMode: 'decimal', hint: t('dues:form.amountHint') })}
        {input('date', t(kind === 'payment' ? 'dues:form.paidOn' : 'dues:form.receivedOn'), { type: 'date' })}
        <SelectField
          id={`${id}-method`}
          label={t('dues:form.method')}
          value={values.method as PaymentMethod}
          options={PAYMENT_METHODS.map((m) => ({ value: m.toUpperCase() as PaymentMethod, label: t(`dues:method.${m.toUpperCase() as PaymentMethod}`) }))}
          onValue={(method) => set('method', method)}
          error={error('method')}
          testId="dues-method"
        />
        {kind === 'payment' ? input('reference', t('dues:form.reference'), { hint: t('dues:form.referenceHint') }) : input('receiptNumber', t('dues:form.receiptNumber'))}
        {kind === 'contribution' && input('campaign', t('dues:form.campaign'), { hint: t('dues:form.campaignHint') })}
        {input('note', t('dues:form.note'))}
      </div>
      <DialogFooter
        confirmLabel={t('dues:form.save')}
        busyLabel={t('dues:form.saving')}
        busy={saving}
        confirmTestId={`dues-${kind}-save`}
        cancelLabel={t('dues:form.cancel')}
        onCancel={() => onDone('')}
      />
    </form>
  );
}
