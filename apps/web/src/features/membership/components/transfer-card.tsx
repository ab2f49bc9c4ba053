import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DecideMembershipTransferDocument, type IncomingTransfersQuery } from '../../../gql/graphql';
import { formErrors } from '../../../lib/errors';
import { useMembershipFormat } from '../hooks/use-membership-format';

type Transfer = IncomingTransfersQuery['incomingMembershipTransfers']['edges'][number]['node'];

/** One request: who, from where, to where, and (while pending) accept or decline with a note. */
export function TransferCard({ transfer, onDecided }: { transfer: Transfer; onDecided: (message: string) => void }) {
  const { t, i18n } = useTranslation(['membership', 'errors']);
  const format = useMembershipFormat();
  const id = useId();
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [decide, { loading }] = useMutation(DecideMembershipTransferDocument);
  const errors = failure ? formErrors(failure, i18n, ['note'] as const) : { fields: {}, general: [] };
  const place = (unit: Transfer['fromUnit']) => [format.branch(unit), format.region(unit)].filter(Boolean).join(', ');

  async function submit(accept: boolean) {
    setFailure(null);
    try {
      const result = await decide({ variables: { id: transfer.id, accept, note: note.trim() || null } });
      const name = result.data?.decideMembershipTransfer.contactDisplayName ?? transfer.contactDisplayName;
      onDecided(accept ? t('membership:transfers.accepted', { name, branch: format.branch(transfer.toUnit) }) : t('membership:transfers.declined', { name }));
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <li className="card transfer-card" data-testid="transfer-card">
      <div className="transfer-card__head">
        <h2 className="transfer-card__name">
          {transfer.contact ? <Link to={`/contacts/${transfer.contact.id}`}>{transfer.contactDisplayName}</Link> : transfer.contactDisplayName}
        </h2>
        <span className={`membership-badge membership-badge--transfer-${transfer.status.toLowerCase()}`} data-testid="transfer-status">
          {t(`membership:transferStatus.${transfer.status}`)}
        </span>
      </div>
      <dl className="transfer-card__facts">
        <dt>{t('membership:transfers.from')}</dt>
        <dd>{place(transfer.fromUnit)}</dd>
        <dt>{t('membership:transfers.to')}</dt>
        <dd>{place(transfer.toUnit)}</dd>
        <dt>{t('membership:transfers.requested')}</dt>
        <dd>{t('membership:transfers.requestedBy', { date: format.dayOf(transfer.requestedAt), by: transfer.requestedByName ?? t('membership:pending.someone') })}</dd>
        {transfer.note && (
          <>
            <dt>{t('membership:transfers.note')}</dt>
            <dd>{transfer.note}</dd>
          </>
        )}
        {transfer.decidedAt && (
          <>
            <dt>{t('membership:transfers.decided')}</dt>
            <dd>{t('membership:transfers.requestedBy', { date: format.dayOf(transfer.decidedAt), by: transfer.decidedByName ?? t('membership:pending.someone') })}</dd>
          </>
        )}
        {transfer.decisionNote && (
          <>
            <dt>{t('membership:transfers.decisionNote')}</dt>
            <dd>{transfer.decisionNote}</dd>
          </>
        )}
      </dl>
      {transfer.viewerCanDecide && (
        <div className="transfer-card__decide">
          <label className="field__label" htmlFor={`${id}-note`}>
            {t('membership:transfers.decisionNoteLabel')}
          </label>
          <textarea
            id={`${id}-note`}
            className="input"
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={errors.fields.note ? true : undefined}
            data-testid="decision-note"
          />
          {[errors.fields.note, ...errors.general].filter(Boolean).map((message) => (
            <p key={message} className="field__error" role="alert">
              {message}
            </p>
          ))}
          <div className="membership-form-actions">
            <button type="button" className="button button--primary" disabled={loading} onClick={() => void submit(true)} data-testid="accept-transfer">
              {loading ? t('membership:transfers.deciding') : t('membership:transfers.accept')}
            </button>
            <button type="button" className="button button--secondary" disabled={loading} onClick={() => void submit(false)} data-testid="decline-transfer">
              {t('membership:transfers.decline')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
