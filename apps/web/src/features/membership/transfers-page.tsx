import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MembershipTransferStatus } from '../../gql/graphql';
import { EmptyState, ErrorState, LoadingState } from '../../lib/components/query-status';
import { errorMessage } from '../../lib/errors';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormatters } from '../../lib/use-formatters';
import { TransferCard } from './components/transfer-card';
import { useIncomingTransfers } from './hooks/use-incoming-transfers';
import './membership.css';

const FILTERS = ['PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'ALL'] as const;
type Filter = (typeof FILTERS)[number];

/** Transfer requests coming to the viewer's units: pending ones to decide, decided ones to look back on. */
export function TransfersPage() {
  const { t, i18n } = useTranslation(['membership', 'common']);
  const format = useFormatters();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const filter: Filter = FILTERS.find((f) => f === params.get('status')) ?? 'PENDING';
  const status: MembershipTransferStatus | null = filter === 'ALL' ? null : filter;
  const { connection, error, refetch, showMore, loadingMore, moreError } = useIncomingTransfers(status);
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(t('membership:transfers.title'));

  let body;
  if (connection) {
    const edges = connection.edges;
    body = (
      <>
        <p className="results__total" data-testid="transfers-total">
          {t('membership:transfers.total', { count: connection.totalCount, formatted: format.number(connection.totalCount) })}
        </p>
        {edges.length === 0 ? (
          <EmptyState>{t('membership:transfers.empty')}</EmptyState>
        ) : (
          <ul className="transfer-list">
            {edges.map(({ node }) => (
              <TransferCard
                key={node.id}
                transfer={node}
                onDecided={(message) => {
                  setNotice(message);
                  void refetch();
                }}
              />
            ))}
          </ul>
        )}
        {moreError !== null && (
          <p className="field__error" role="alert">
            {errorMessage(moreError, i18n)}
          </p>
        )}
        {connection.pageInfo.hasNextPage && (
          <button type="button" className="button" disabled={loadingMore} onClick={() => void showMore()}>
            {loadingMore ? t('membership:transfers.loadingMore') : t('membership:transfers.showMore')}
          </button>
        )}
      </>
    );
  } else if (error) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else {
    body = <LoadingState />;
  }

  return (
    <>
      <header className="page-header">
        <h1>{t('membership:transfers.title')}</h1>
        <p className="lead">{t('membership:transfers.lead')}</p>
      </header>
      <div className="transfer-toolbar">
        <div className="field transfer-filter">
          <label className="field__label" htmlFor={`${id}-status`}>
            {t('membership:transfers.filter')}
          </label>
          <select
            id={`${id}-status`}
            className="input"
            value={filter}
            data-testid="transfers-filter"
            onChange={(e) => {
              setNotice(null);
              setParams(e.target.value === 'PENDING' ? {} : { status: e.target.value });
            }}
          >
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`membership:transfers.filterStatus.${f}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {notice && (
        <p className="hint" role="status" data-testid="transfers-notice">
          {notice}
        </p>
      )}
      <div className="results">{body}</div>
    </>
  );
}
