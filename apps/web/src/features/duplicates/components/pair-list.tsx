import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DismissDuplicatePairDocument, DuplicatePairsDocument, type PairContactFragment } from '../../../gql/graphql';
import { EmptyState, ErrorState, LoadingState } from '../../../lib/components/query-status';
import { errorMessage } from '../../../lib/errors';
import { useFormatters } from '../../../lib/use-formatters';
import { RuleBadges } from './rule-badges';

const PAGE_SIZE = 20;

function PairPerson({ contact }: { contact: PairContactFragment }) {
  const format = useFormatters();
  return (
    <span className="pair__person">
      <strong>{contact.displayName}</strong>
      <span className="muted">{[format.name(contact.orgUnit), contact.phone, contact.email].filter(Boolean).join(' · ')}</span>
    </span>
  );
}

/** Open pairs of the unit, likeliest first: who, where, why; compare or dismiss each. */
export function PairList({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation(['duplicates']);
  const format = useFormatters();
  const location = useLocation();
  const { data, error, refetch, fetchMore } = useQuery(DuplicatePairsDocument, { variables: { orgUnitId: unitId, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const [dismiss, dismissing] = useMutation(DismissDuplicatePairDocument, { refetchQueries: ['DuplicatePairs'] });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.duplicatePairs;

  if (!connection) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;

  async function showMore() {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    await fetchMore({ variables: { after: connection.pageInfo.endCursor } }).finally(() => setLoadingMore(false));
  }

  return (
    <section className="pairs" aria-labelledby="pairs-heading">
      <h2 id="pairs-heading">{t('duplicates:pairs.heading')}</h2>
      <p className="results__total" data-testid="pairs-total" role="status">
        {t('duplicates:pairs.total', { count: connection.totalCount, formatted: format.number(connection.totalCount) })}
      </p>
      {dismissing.error && <p className="alert" role="alert">{errorMessage(dismissing.error, i18n)}</p>}
      {connection.edges.length === 0 ? (
        <EmptyState>{t('duplicates:pairs.empty')}</EmptyState>
      ) : (
        <ul className="pair-list">
          {connection.edges.map(({ node }) => (
            <li key={node.id} className="pair card" data-testid="pair">
              <div className="pair__people">
                <PairPerson contact={node.contactA} />
                <span className="pair__and" aria-hidden="true">⇄</span>
                <PairPerson contact={node.contactB} />
              </div>
              <div className="pair-meta">
                <RuleBadges rules={node.rules} />
                <span className="pair-score">{t('duplicates:pairs.score', { score: node.score })}</span>
              </div>
              <div className="pair__actions">
                <Link
                  to={`/duplicates/pairs/${node.id}`}
                  state={{ from: `${location.pathname}${location.search}` }}
                  className="button button--primary"
                  data-testid="pair-compare"
                  aria-label={t('duplicates:pairs.compareLabel', { a: node.contactA.displayName, b: node.contactB.displayName })}
                >
                  {t('duplicates:pairs.compare')}
                </Link>
                {node.viewerCanMerge && (
                  <button type="button" className="button button--secondary" disabled={dismissing.loading} onClick={() => void dismiss({ variables: { id: node.id } }).catch(() => null)}>
                    {t('duplicates:pairs.dismiss')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {connection.pageInfo.hasNextPage && (
        <button type="button" className="button button--secondary button--wide" data-testid="pairs-show-more" disabled={loadingMore} onClick={() => void showMore()}>
          {loadingMore ? t('duplicates:pairs.loadingMore') : t('duplicates:pairs.showMore')}
        </button>
      )}
    </section>
  );
}
