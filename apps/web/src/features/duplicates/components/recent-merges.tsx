import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ContactMergesDocument, type ContactMergeSummaryFragment } from '../../../gql/graphql';
import { EmptyState, ErrorState, LoadingState } from '../../../lib/components/query-status';
import { errorMessage } from '../../../lib/errors';
import { useFormatters } from '../../../lib/use-formatters';
import { useUndoMerge } from '../hooks/use-undo-merge';

const PAGE_SIZE = 10;

/** The unit's latest merges, each with Undo while nothing stands in its way. */
export function RecentMerges({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation(['duplicates']);
  const format = useFormatters();
  const { data, error, refetch, fetchMore } = useQuery(ContactMergesDocument, { variables: { orgUnitId: unitId, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const { undo, pending, error: undoError } = useUndoMerge();
  const [notice, setNotice] = useState<string | null>(null);
  const connection = data?.contactMerges;

  if (!connection) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;

  async function handleUndo(merge: ContactMergeSummaryFragment) {
    setNotice(null);
    const undone = await undo(merge.id).catch(() => null);
    if (undone) setNotice(t('duplicates:merges.undoneToast', { merged: undone.mergedName }));
  }

  return (
    <section className="merges" aria-labelledby="merges-heading">
      <h2 id="merges-heading">{t('duplicates:merges.heading')}</h2>
      {notice && <p className="hint" role="status" data-testid="merges-notice">{notice}</p>}
      {undoError && <p className="alert" role="alert">{errorMessage(undoError, i18n)}</p>}
      {connection.edges.length === 0 ? (
        <EmptyState>{t('duplicates:merges.empty')}</EmptyState>
      ) : (
        <ul className="merge-list">
          {connection.edges.map(({ node }) => (
            <li key={node.id} className="merge-item-row card" data-testid="merge-row">
              <p className="merge-item-row__title">
                {node.survivor ? (
                  <>
                    {t('duplicates:merges.into', { merged: node.mergedName })}{' '}
                    <Link to={`/contacts/${node.survivor.id}`}>{node.survivor.displayName}</Link>
                  </>
                ) : (
                  t('duplicates:merges.itemGone', { merged: node.mergedName })
                )}
              </p>
              <p className="muted">{t('duplicates:merges.by', { name: node.actorName ?? '—', date: format.dateTime(node.mergedAt) })}</p>
              {!node.undoBlockedBy ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  data-testid="merge-row-undo"
                  aria-label={t('duplicates:merges.undoLabel', { merged: node.mergedName })}
                  disabled={pending}
                  onClick={() => void handleUndo(node)}
                >
                  {t('duplicates:merges.undo')}
                </button>
              ) : (
                <p className="merge-item-row__blocked" data-testid="merge-row-blocked">
                  {node.undoneAt ? t('duplicates:merges.undoneAt', { date: format.dateTime(node.undoneAt) }) : t(`duplicates:merges.blocked.${node.undoBlockedBy}`)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {connection.pageInfo.hasNextPage && (
        <button type="button" className="button button--secondary button--wide" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          {t('duplicates:pairs.showMore')}
        </button>
      )}
    </section>
  );
}
