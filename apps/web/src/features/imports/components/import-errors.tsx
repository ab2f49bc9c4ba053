import { useTranslation } from 'react-i18next';
import { translateError } from '../../../lib/errors';
import { ErrorState, LoadingState } from '../../../lib/components/query-status';
import { errorMessage } from '../../../lib/errors';
import { useImportRows } from '../hooks/use-import-rows';
import { fieldLabelKey } from '../import-fields';

/** The rows with problems, each problem on its own line: row, column, what the cell said, what is wrong (cards on phones). */
export function ImportErrors({ importId }: { importId: string }) {
  const { t, i18n } = useTranslation(['imports', 'errors']);
  const { connection, error, refetch, showMore, loadingMore, moreError } = useImportRows(importId, 'ERROR');
  if (!connection) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  if (connection.totalCount === 0) return <p data-testid="import-no-errors">{t('imports:results.noErrors')}</p>;

  const problems = connection.edges.flatMap(({ node }) => node.errors.map((problem, index) => ({ row: node.row, index, problem })));
  return (
    <section className="results" aria-labelledby="import-errors-title">
      <h3 id="import-errors-title">{t('imports:errorsTable.caption')}</h3>
      <table className="data-table import-table" data-testid="import-errors">
        <caption className="visually-hidden">{t('imports:errorsTable.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports:errorsTable.row')}</th>
            <th scope="col">{t('imports:errorsTable.column')}</th>
            <th scope="col">{t('imports:errorsTable.value')}</th>
            <th scope="col">{t('imports:errorsTable.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map(({ row, index, problem }) => (
            <tr key={`${row}-${index}`} data-testid="import-error-row" data-row={row}>
              <th scope="row" className="import-table__main import-table__row">
                {t('imports:errorsTable.rowNumber', { row })}
              </th>
              <td data-label={t('imports:errorsTable.column')}>{problem.header || t(fieldLabelKey(problem.field))}</td>
              <td data-label={t('imports:errorsTable.value')} className="import-table__value">
                {problem.value || <span className="muted">{t('imports:errorsTable.emptyValue')}</span>}
              </td>
              <td data-label={t('imports:errorsTable.problem')} data-testid="import-error-message">
                {translateError({ code: null, i18nKey: problem.i18nKey, params: problem.params, field: null }, i18n)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {moreError != null && (
        <p className="alert" role="alert">
          {errorMessage(moreError, i18n)}
        </p>
      )}
      {connection.pageInfo.hasNextPage && (
        <button type="button" className="button button--secondary button--wide" disabled={loadingMore} onClick={() => void showMore()}>
          {loadingMore ? t('imports:actions.loadingMore') : t('imports:actions.showMore')}
        </button>
      )}
    </section>
  );
}
