import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteDuesPaymentDocument } from '../../../gql/graphql';
import { DialogFooter } from '../../../lib/components/dialog-footer';
import { FieldShell } from '../../../lib/components/form-field';
import { formErrors } from '../../../lib/errors';

/** Removes a payment recorded by mistake; the reason goes to the audit log. */
export function RemovePayment({ paymentId, onDone }: { paymentId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation(['dues', 'errors']);
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
    <form className="row-form" noValidate onSubmit={handleSubmit}>
      <FieldShell label={t('dues:remove.reason')} error={message} announce>
        {(control) => (
          <input
            {...control}
            className="input"
            data-testid="dues-remove-reason"
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setMissing(false);
            }}
          />
        )}
      </FieldShell>
      <DialogFooter
        confirmLabel={t('dues:remove.confirm')}
        busyLabel={t('dues:remove.confirm')}
        busy={loading}
        danger
        small
        confirmTestId="dues-remove-confirm"
        cancelLabel={t('dues:form.cancel')}
        onCancel={onDone}
      />
    </form>
  );
}
