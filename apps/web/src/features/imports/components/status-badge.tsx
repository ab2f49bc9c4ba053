import { useTranslation } from 'react-i18next';
import type { ContactImportStatus } from '../../../gql/graphql';

export function StatusBadge({ status }: { status: ContactImportStatus }) {
  const { t } = useTranslation(['imports']);
  const key = status.toLowerCase() as Lowercase<ContactImportStatus>;
  return (
    <span className={`badge import-status import-status--${key}`} data-testid="import-status" data-status={status}>
      {t(`imports:status.${key}`)}
    </span>
  );
}
