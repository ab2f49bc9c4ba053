import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ContactImportsDocument } from '../../../gql/graphql';
import { EmptyState, ErrorState, LoadingState } from '../../../lib/components/query-status';
import { useFormatters } from '../../../lib/use-formatters';
import { CountsLine } from './counts-line';
import { StatusBadge } from './status-badge';

const SHOWN = 10;

/** The viewer's latest imports, newest first: file, when, status and what came of it. */
export function RecentImports() {
  const { t } = useTranslation(['imports']);
  const format = useFormatters();
  const { data, error, refetch } = useQuery(ContactImportsDocument, { variables: { first: SHOWN }, fetchPolicy: 'cache-and-network' });
  const connection = data?.contactImports;

  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title">{t('imports:recent.title')}</h2>
      {!connection ? (
        error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />
      ) : connection.edges.length === 0 ? (
        <EmptyState>{t('imports:recent.empty')}</EmptyState>
      ) : (
        <table className="data-table import-table">
          <caption className="visually-hidden">{t('imports:recent.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imports:recent.file')}</th>
              <th scope="col">{t('imports:recent.uploaded')}</th>
              <th scope="col">{t('imports:recent.status')}</th>
              <th scope="col">{t('imports:recent.result')}</th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ node }) => (
              <tr key={node.id} data-testid="recent-import">
                <td data-label={t('imports:recent.file')} className="import-table__main">
                  <Link to={`/imports/${node.id}`}>{node.fileName}</Link>
                  <span className="muted"> · {t('imports:file.rows', { count: node.rowCount, formatted: format.number(node.rowCount) })}</span>
                </td>
                <td data-label={t('imports:recent.uploaded')}>
                  <time dateTime={node.createdAt}>{format.dateTime(node.createdAt)}</time>
                </td>
                <td data-label={t('imports:recent.status')}>
                  <StatusBadge status={node.status} />
                </td>
                <td data-label={t('imports:recent.result')}>{node.counts ? <CountsLine counts={node.counts} planned={node.dryRun === true} /> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
