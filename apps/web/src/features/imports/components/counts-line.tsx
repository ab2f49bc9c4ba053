import { useTranslation } from 'react-i18next';
import type { ContactImportCounts } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';

/** "2 new contacts · 1 updated · 3 rows with errors" in one line; after a check, what would happen. */
export function CountsLine({ counts, planned }: { counts: Omit<ContactImportCounts, '__typename'>; planned: boolean }) {
  const { t } = useTranslation(['imports']);
  const { number } = useFormatters();
  const parts = [
    [planned ? t('imports:results.plannedCreated') : t('imports:results.created'), counts.created],
    [planned ? t('imports:results.plannedUpdated') : t('imports:results.updated'), counts.updated],
    [t('imports:results.errors'), counts.errors],
  ] as const;
  return <span>{parts.map(([label, value]) => `${label}: ${number(value)}`).join(' · ')}</span>;
}
