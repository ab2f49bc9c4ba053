import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteDuesPaymentDocument } from '../../../gql/graphql';
import { formErrors } from '../../../lib/errors';

/** Removes a payment recorded by mistake; the reason goes to the audit log. */
export function RemovePayment({ paymentId, onDone }: { paymentId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation(['dues', 'errors']);
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [remove, { loading, error }] = useMutation(DeleteDuesPaymentDocument, { refetchQueries: ['ContactDuesPayments'], awaitRefetchQueries: true });
  const problems = error ? formErrors(error, i18n, ['reason']) : { fields: {}, general: [] };
  const message = missing ? t('errors:fieldRequired') : (problems.fields.reason ?? problems.general[0]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim() === '') return setMissing(true);
    try {
      await remove({ variables: { id: paymentId, reason } });
      onDone();
    } catch {
      // shown from `error`
    }
  }

  return (
    <form className="remove-payment" noValidate onSubmit={handleSubmit}>
      <label className="field__label" htmlFor={`${id}-reason`}>
        {t('dues:remove.reason')}
      </label>
      <input
        id={`${id}-reason`}
        className="input"
        data-testid="dues-remove-reason"
        value={reason}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        onChange={(event) => {
          setReason(event.target.value);
          setMissing(false);
        }}
      />
      {message && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {message}
        </p>
      )}
      <div className="remove-payment__actions">
        <button type="submit" className="button button--small" data-testid="dues-remove-confirm" disabled={loading}>
          {t('dues:remove.confirm')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onDone}>
          {t('dues:form.cancel')}
        </button>
      </div>
    </form>
  );
}
