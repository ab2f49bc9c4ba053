import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ContactGroupDocument } from '../../gql/graphql';
import { ErrorState, LoadingState, NotFoundState } from '../../lib/components/query-status';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormatters } from '../../lib/use-formatters';
import { DeleteGroup } from './components/delete-group';
import { FilterSummary } from './components/filter-summary';
import { GroupMembers } from './components/group-members';
import { SelectionActions } from './components/selection-actions';
import './groups.css';

export const MEMBERS_PAGE_SIZE = 25;

/** One group: what it is, its criteria, its contacts within your scope, and what to do with all of them. */
export function GroupPage() {
  const { t } = useTranslation(['groups']);
  const format = useFormatters();
  const { id = '' } = useParams();
  const { data, error, refetch, fetchMore } = useQuery(ContactGroupDocument, { variables: { id, first: MEMBERS_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const [loadingMore, setLoadingMore] = useState(false);
  const group = data?.contactGroup ?? null;
  useDocumentTitle(group ? group.name : data ? t('groups:group.notFoundTitle') : t('groups:title'));

  const back = (
    <p>
      <Link to="/groups" className="back-link">
        {t('groups:group.back')}
      </Link>
    </p>
  );
  if (!group) {
    if (data) {
      return (
        <>
          {back}
          <NotFoundState title={t('groups:group.notFoundTitle')}>
            <p>{t('groups:group.notFoundText')}</p>
          </NotFoundState>
        </>
      );
    }
    return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  }

  async function showMore() {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: group!.contacts.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      {back}
      <header className="page-header">
        <p className="page-header__kicker">
          <span className="badge">{group.kind === 'SMART' ? t('groups:kind.smart') : t('groups:kind.static')}</span>{' '}
          {t('groups:ownedBy', { unit: format.name(group.orgUnit) })}
        </p>
        <h1 data-testid="group-title">{group.name}</h1>
        <p className="page-header__meta" data-testid="group-count">
          {t('groups:contactCount', { count: group.count, formatted: format.number(group.count) })}
        </p>
        {group.description && <p className="lead">{group.description}</p>}
        <p className="muted">{group.viewerCanWrite ? t('groups:group.yourPart') : t('groups:group.sharedFromAbove', { unit: format.name(group.orgUnit) })}</p>
        {group.viewerCanWrite && (
          <div className="page-header__actions">
            <Link to={`/groups/${group.id}/edit`} className="button button--secondary" data-testid="group-edit">
              {t('groups:group.edit')}
            </Link>
            <DeleteGroup id={group.id} name={group.name} />
          </div>
        )}
      </header>
      {group.filter && <FilterSummary filter={group.filter} />}
      {group.count > 0 && <SelectionActions selection={{ groupId: group.id }} excludeGroupId={group.id} />}
      <GroupMembers
        groupId={group.id}
        contacts={group.contacts}
        canRemove={group.kind === 'STATIC' && group.viewerCanWrite}
        onShowMore={() => void showMore()}
        loadingMore={loadingMore}
      />
    </>
  );
}
