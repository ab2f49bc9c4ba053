import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/errors';
import { EmptyState, ErrorState, LoadingState } from '../../../lib/components/query-status';
import { useFormatters } from '../../../lib/use-formatters';
import { useContacts } from '../hooks/use-contacts';
import { ContactsTable } from './contacts-table';
import type { ContactListActionsProps } from '../contacts-page';

export function ContactsResults({ search, orgUnitId, actions: Actions }: { search: string | null; orgUnitId: string | null; actions?: ComponentType<ContactListActionsProps> }) {
  const { t, i18n } = useTranslation(['contacts', 'common']);
  const format = useFormatters();
  const { connection, error, refetch, showMore, loadingMore, moreError } = useContacts({ search, orgUnitId });

  if (!connection) {
    return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  }

  const { totalCount, totalCountCapped, edges, pageInfo } = connection;
  const total = t(totalCountCapped ? 'contacts:totalCapped' : 'contacts:total', {
    count: totalCount,
    formatted: format.number(totalCount),
  });

  return (
    <section className="results" aria-label={t('contacts:tableCaption')}>
      <p className="results__total" data-testid="contacts-total" role="status">
        {total}
      </p>
      {Actions && edges.length > 0 && <Actions search={search} orgUnitId={orgUnitId} />}
      {edges.length === 0 ? (
        <EmptyState>{search ? t('contacts:noResults', { query: search }) : t('contacts:empty')}</EmptyState>
      ) : (
        <ContactsTable contacts={edges.map((edge) => edge.node)} />
      )}
      {moreError != null && (
        <p className="alert alert--error" role="alert">
          {errorMessage(moreError, i18n)}
        </p>
      )}
      {pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary button--wide"
          data-testid="contacts-show-more"
          disabled={loadingMore}
          onClick={() => void showMore()}
        >
          {loadingMore ? t('contacts:loadingMore') : t('contacts:showMore')}
        </button>
      )}
    </section>
  );
}
