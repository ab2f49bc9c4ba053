import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactTimelineDocument } from '../../gql/graphql';
import { useShowMore } from '../../lib/use-show-more';
import { errorMessage } from '../../lib/errors';
import { EmptyState, ErrorState, LoadingState } from '../../lib/components/query-status';
import { useFormatters } from '../../lib/use-formatters';
import { LogActivityForm } from './components/log-activity-form';
import { TimelineEntry } from './components/timeline-entry';
import './timeline.css';

export const TIMELINE_PAGE_SIZE = 20;

/** The contact's timeline, newest first, with "Log an activity" for those who may edit the contact. */
export function TimelineSection({ contactId, canWrite }: { contactId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation(['timeline']);
  const format = useFormatters();
  const { data, error, refetch, fetchMore } = useQuery(ContactTimelineDocument, { variables: { id: contactId, first: TIMELINE_PAGE_SIZE } });
  const [logging, setLogging] = useState(false);
  const [logged, setLogged] = useState(false);
  const timeline = data?.contact?.timeline ?? null;
  const { showMore, loadingMore, moreError } = useShowMore(timeline?.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));

  return (
    <section className="record-section" aria-labelledby="timeline-title" data-testid="timeline-section">
      <div className="record-section__header">
        <h2 id="timeline-title">{t('timeline:title')}</h2>
        {canWrite && !logging && (
          <button
            type="button"
            className="button"
            data-testid="log-activity-open"
            onClick={() => {
              setLogged(false);
              setLogging(true);
            }}
          >
            {t('timeline:log.open')}
          </button>
        )}
      </div>
      {logging && (
        <LogActivityForm
          contactId={contactId}
          onCancel={() => setLogging(false)}
          onLogged={() => {
            setLogging(false);
            setLogged(true);
            void refetch();
          }}
        />
      )}
      {logged && (
        <p className="notice" role="status">
          {t('timeline:log.logged')}
        </p>
      )}
      {!timeline ? (
        error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />
      ) : timeline.edges.length === 0 ? (
        <EmptyState>{t('timeline:empty')}</EmptyState>
      ) : (
        <>
          <p className="muted" data-testid="timeline-total">
            {t('timeline:total', { count: timeline.totalCount, formatted: format.number(timeline.totalCount) })}
          </p>
          <ol className="timeline">
            {timeline.edges.map((edge) => (
              <TimelineEntry key={edge.node.id} entry={edge.node} />
            ))}
          </ol>
        </>
      )}
      {moreError != null && (
        <p className="alert alert--error" role="alert">
          {errorMessage(moreError, i18n)}
        </p>
      )}
      {timeline?.pageInfo.hasNextPage && (
        <button type="button" className="button button--secondary button--wide" data-testid="timeline-show-more" disabled={loadingMore} onClick={() => void showMore()}>
          {loadingMore ? t('timeline:loadingMore') : t('timeline:showMore')}
        </button>
      )}
    </section>
  );
}
