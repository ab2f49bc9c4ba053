import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CancelMembershipTransferDocument, ContactMembershipDocument, type MembershipTransferFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useMembershipFormat } from '../hooks/use-membership-format';

/** The request waiting for the receiving branch, with "cancel" for the sending side. */
export function PendingTransfer({ transfer, contactId }: { transfer: MembershipTransferFieldsFragment; contactId: string }) {
  const { t, i18n } = useTranslation(['membership', 'errors']);
  const format = useMembershipFormat();
  const [failure, setFailure] = useState<unknown>(null);
  const [cancel, { loading }] = useMutation(CancelMembershipTransferDocument, {
    refetchQueries: [{ query: ContactMembershipDocument, variables: { id: contactId } }],
    awaitRefetchQueries: true,
  });
  const region = format.region(transfer.toUnit);
  const values = { to: format.branch(transfer.toUnit), region, date: format.dayOf(transfer.requestedAt), by: transfer.requestedByName ?? t('membership:pending.someone') };

  return (
    <div className="pending-transfer" data-testid="pending-transfer">
      <h3 className="pending-transfer__title">{t('membership:pending.title')}</h3>
      <p>{region ? t('membership:pending.text', values) : t('membership:pending.textNoRegion', values)}</p>
      {transfer.note && <p className="muted">«{transfer.note}»</p>}
      {failure !== null && (
        <p className="field__error" role="alert">
          {errorMessage(failure, i18n)}
        </p>
      )}
      {transfer.viewerCanCancel && (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={loading}
          data-testid="cancel-transfer"
          onClick={() => {
            setFailure(null);
            cancel({ variables: { id: transfer.id } }).catch(setFailure);
          }}
        >
          {loading ? t('membership:action.cancelling') : t('membership:action.cancelTransfer')}
        </button>
      )}
    </div>
  );
}
