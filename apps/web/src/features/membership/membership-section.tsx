import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactMembershipDocument } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../lib/components/query-status';
import { localizedName } from '../../lib/format';
import { AssignCardDialog } from './components/assign-card-dialog';
import { ChangeStatusDialog } from './components/change-status-dialog';
import { MembershipHistory } from './components/membership-history';
import { PendingTransfer } from './components/pending-transfer';
import { RequestTransferDialog } from './components/request-transfer-dialog';
import { MembershipBadge } from './components/membership-badge';
import { useMembershipFormat } from './hooks/use-membership-format';
import './membership.css';

type Dialog = 'status' | 'card' | 'transfer' | null;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The contact page's membership: status, type, card, home branch, a transfer in progress and the history. */
export function MembershipSection({ contactId, canWrite }: { contactId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation(['membership']);
  const format = useMembershipFormat();
  const { data, error, refetch } = useQuery(ContactMembershipDocument, { variables: { id: contactId } });
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const reload = () => {
    void refetch();
    setDialog(null);
  };

  const contact = data?.contact;
  let body: ReactNode;
  if (contact) {
    const missing = <span className="muted">{t('membership:section.noCard')}</span>;
    const pending = contact.pendingTransfer;
    body = (
      <>
        <dl className="details card">
          <Row label={t('membership:section.status')}>
            <MembershipBadge status={contact.membershipStatus ?? null} />
          </Row>
          {contact.membershipType && <Row label={t('membership:section.type')}>{t(`membership:type.${contact.membershipType}`)}</Row>}
          {contact.membershipSince && (
            <Row label={t('membership:section.since')}>
              <span data-testid="membership-since">{format.date(contact.membershipSince)}</span>
            </Row>
          )}
          {contact.membershipStatus && (
            <Row label={t('membership:section.card')}>{contact.cardNumber ? <span data-testid="membership-card">{contact.cardNumber}</span> : missing}</Row>
          )}
          <Row label={t('membership:section.homeBranch')}>
            <span data-testid="membership-branch">{localizedName(contact.orgUnit, i18n.language)}</span>
          </Row>
        </dl>
        {pending && <PendingTransfer transfer={pending} contactId={contact.id} />}
        {canWrite ? (
          <div className="membership-actions">
            <button type="button" className="button button--primary" onClick={() => setDialog('status')} data-testid="change-status">
              {t('membership:action.changeStatus')}
            </button>
            {contact.membershipStatus && (
              <button type="button" className="button" onClick={() => setDialog('card')} data-testid="assign-card">
                {t('membership:action.assignCard')}
              </button>
            )}
            {!pending && (
              <button type="button" className="button" onClick={() => setDialog('transfer')} data-testid="request-transfer">
                {t('membership:action.requestTransfer')}
              </button>
            )}
          </div>
        ) : (
          <p className="muted">{t('membership:section.readOnly')}</p>
        )}
        <MembershipHistory contact={contact} />
        {dialog === 'status' && <ChangeStatusDialog contact={contact} onClose={close} onConflict={reload} />}
        {dialog === 'card' && <AssignCardDialog contact={contact} onClose={close} onConflict={reload} />}
        {dialog === 'transfer' && <RequestTransferDialog contact={contact} onClose={close} />}
      </>
    );
  } else if (error) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else if (!data) {
    body = <LoadingState />;
  } else {
    return null;
  }

  return (
    <section className="membership-section" aria-labelledby="membership-title" data-testid="membership-section">
      <h2 id="membership-title">{t('membership:section.title')}</h2>
      {body}
    </section>
  );
}
