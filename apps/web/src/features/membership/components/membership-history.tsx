import { useTranslation } from 'react-i18next';
import type { ContactMembershipFieldsFragment, MembershipStatus } from '../../../gql/graphql';
import { useMembershipFormat } from '../hooks/use-membership-format';

interface Row {
  key: string;
  /** Sort key: the calendar day, then the moment it was recorded. */
  day: string;
  at: string;
  date: string;
  change: string;
  type: string | null;
  reason: string | null;
  by: string | null;
}

/**
 * Status steps and decided transfers, newest first, in one table; at phone width each row
 * becomes a card with its own labels (the same pattern as the contacts list).
 */
export function MembershipHistory({ contact }: { contact: ContactMembershipFieldsFragment }) {
  const { t } = useTranslation(['membership']);
  const format = useMembershipFormat();
  const status = (s: MembershipStatus) => t(`membership:status.${s}`);

  const steps: Row[] = contact.membershipHistory.map((step) => ({
    key: step.id,
    day: step.changedOn,
    at: step.createdAt,
    date: format.date(step.changedOn),
    change: !step.fromStatus
      ? t('membership:history.joined', { to: status(step.toStatus) })
      : step.fromStatus === step.toStatus
        ? t('membership:history.typeChanged')
        : t('membership:history.changed', { from: status(step.fromStatus), to: status(step.toStatus) }),
    type: t(`membership:type.${step.membershipType}`),
    reason: step.reason ?? null,
    by: step.actorName ?? null,
  }));
  const transfers: Row[] = contact.membershipTransfers
    .filter((transfer) => transfer.status !== 'PENDING')
    .map((transfer) => {
      const at = transfer.decidedAt ?? transfer.requestedAt;
      const names = { from: format.branch(transfer.fromUnit), to: format.branch(transfer.toUnit) };
      const change =
        transfer.status === 'ACCEPTED'
          ? t('membership:history.transferAccepted', names)
          : transfer.status === 'DECLINED'
            ? t('membership:history.transferDeclined', names)
            : t('membership:history.transferCancelled', names);
      return { key: transfer.id, day: at.slice(0, 10), at, date: format.dayOf(at), change, type: null, reason: transfer.decisionNote ?? transfer.note ?? null, by: transfer.decidedByName ?? null };
    });
  const rows = [...steps, ...transfers].sort((a, b) => (a.day === b.day ? b.at.localeCompare(a.at) : b.day.localeCompare(a.day)));

  const columns = {
    date: t('membership:history.date'),
    change: t('membership:history.change'),
    type: t('membership:history.type'),
    reason: t('membership:history.reason'),
    by: t('membership:history.by'),
  };

  return (
    <section className="membership-history" aria-labelledby="membership-history-title">
      <h3 id="membership-history-title">{t('membership:history.title')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('membership:history.empty')}</p>
      ) : (
        <table className="data-table membership-table" data-testid="membership-history">
          <caption className="visually-hidden">{t('membership:history.caption')}</caption>
          <thead>
            <tr>
              {Object.values(columns).map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-testid="membership-history-row">
                <td data-label={columns.date} className="membership-table__nowrap">
                  {row.date}
                </td>
                <td data-label={columns.change} className="membership-table__strong">
                  {row.change}
                </td>
                <td data-label={columns.type}>{row.type ?? t('membership:history.system')}</td>
                <td data-label={columns.reason}>{row.reason ?? t('membership:history.system')}</td>
                <td data-label={columns.by}>{row.by ?? t('membership:history.system')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

