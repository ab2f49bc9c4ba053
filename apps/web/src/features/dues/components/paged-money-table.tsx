import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../lib/components/query-status';
import { errorMessage } from '../../../lib/errors';
import type { PagedList } from '../hooks/use-paged-list';

export interface MoneyColumn {
  label: string;
  /** Shown to screen readers only (an actions column). */
  hidden?: boolean;
}

/**
 * A contact's money list as a table (cards at phone width, labelled by `data-label`): the
 * list's error, an empty-list note, the rows, and "show more" with what is shown of how many
 * and a failed page's reason.
 */
export function PagedMoneyTable<TNode extends { id: string }>(props: {
  list: PagedList<TNode>;
  empty: string;
  columns: readonly MoneyColumn[];
  testId: string;
  rowTestId: string;
  cells: (node: TNode) => ReactNode;
}) {
  const { t, i18n } = useTranslation(['dues']);
  const { list, columns } = props;
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const connection = list.connection;
  if (!connection) return null;
  if (connection.totalCount === 0) return <p className="muted">{props.empty}</p>;
  return (
    <>
      <table className="data-table money-table" data-testid={props.testId}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col">
                {column.hidden ? <span className="visually-hidden">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {connection.edges.map(({ node }) => (
            <tr key={node.id} data-testid={props.rowTestId}>
              {props.cells(node)}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="show-more">
        <p className="muted">{t('dues:list.shown', { shown: connection.edges.length, total: connection.totalCount })}</p>
        {list.moreError ? (
          <p className="alert" role="alert">
            {errorMessage(list.moreError, i18n)}
          </p>
        ) : null}
        {connection.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button button--secondary button--small"
            data-testid={`${props.testId}-more`}
            disabled={list.loadingMore}
            onClick={() => void list.showMore()}
          >
            {list.loadingMore ? t('dues:list.loading') : t('dues:list.showMore')}
          </button>
        )}
      </div>
    </>
  );
}
