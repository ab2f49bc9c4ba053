import { useTranslation } from 'react-i18next';
import type { MembershipStatus } from '../../../gql/graphql';

/** The status as a coloured label: active, pending, paused or ended at a glance. */
export function MembershipBadge({ status }: { status: MembershipStatus | null }) {
  const { t } = useTranslation(['membership']);
  if (!status) return <span className="membership-badge membership-badge--none">{t('membership:section.none')}</span>;
  return (
    <span className={`membership-badge membership-badge--${status.toLowerCase()}`} data-testid="membership-status">
      {t(`membership:status.${status}`)}
    </span>
  );
}
