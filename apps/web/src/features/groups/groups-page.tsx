import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ContactGroupsDocument } from '../../gql/graphql';
import { useShowMore } from '../../lib/use-show-more';
import { EmptyState, ErrorState, LoadingState } from '../../lib/components/query-status';
import { errorMessage } from '../../lib/errors';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormatters } from '../../lib/use-formatters';
import { GroupList } from './components/group-list';
import { useCanEditContacts } from './hooks/use-can-edit-contacts';
import './groups.css';

const PAGE_SIZE = 25;

/** Every group the viewer can see, by name, with the way to make a new one. */
export function GroupsPage() {
  const { t, i18n } = useTranslation(['groups']);
  useDocumentTitle(t('groups:title'));
  const format = useFormatters();
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 300);
  const { data, error, refetch, fetchMore } = useQuery(ContactGroupsDocument, {
    variables: { first: PAGE_SIZE, search: search || undefined },
    // Counts are live: what is cached is shown at once, and replaced by the fresh answer.
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.contactGroups ?? null;
  const { showMore, loadingMore, moreError } = useShowMore(connection?.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));
  const canEdit = useCanEditContacts();

  return (
    <>
      <div className="page-title-row">
        <h1>{t('groups:title')}</h1>
        {canEdit && (
          <div className="page-title-row__actions">
            <Link to="/groups/new" className="button button--primary" data-testid="new-smart-group">
              {t('groups:list.newSmart')}
            </Link>
            <Link to="/groups/new?kind=static" className="button button--secondary" data-testid="new-static-group">
              {t('groups:list.newStatic')}
            </Link>
          </div>
        )}
      </div>
      <div className="field group-search">
        <label className="field__label" htmlFor={id}>
          {t('groups:list.searchLabel')}
        </label>
        <input id={id} className="input" type="search" autoComplete="off" placeholder={t('groups:list.searchPlaceholder')} value={text} data-testid="groups-search" onChange={(event) => setText(event.target.value)} />
      </div>
      {!connection ? (
        error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />
      ) : (
        <section className="results">
          <p className="results__total" role="status" data-testid="groups-total">
            {t('groups:list.total', { count: connection.totalCount, formatted: format.number(connection.totalCount) })}
          </p>
          {connection.edges.length === 0 ? (
            <EmptyState>{search ? t('groups:list.noResults', { query: search }) : t('groups:list.empty')}</EmptyState>
          ) : (
            <GroupList groups={connection.edges.map((e) => e.node)} />
          )}
          {moreError != null && (
            <p className="alert alert--error" role="alert">
              {errorMessage(moreError, i18n)}
            </p>
          )}
          {connection.pageInfo.hasNextPage && (
            <button type="button" className="button button--secondary button--wide" disabled={loadingMore} onClick={() => void showMore()}>
              {loadingMore ? t('groups:list.loadingMore') : t('groups:list.showMore')}
            </button>
          )}
        </section>
      )}
    </>
  );
}
