import { useTranslation } from 'react-i18next';
import { ContactContributionsDocument } from '../../../gql/graphql';
import { ErrorState } from '../../../lib/components/query-status';
import { useFormatters } from '../../../lib/use-formatters';
import { usePagedList } from '../hooks/use-paged-list';
import { ShowMore } from './show-more';

const PAGE = 10;

/** Donations, newest first, with their campaigns and receipt numbers. */
export function ContributionsList({ contactId }: { contactId: string }) {
  const { t } = useTranslation(['dues']);
  const format = useFormatters();
  const list = usePagedList(ContactContributionsDocument, contactId, PAGE, (d) => d?.contact?.contributions);
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const connection = list.connection;
  if (!connection) return null;
  if (connection.totalCount === 0) return <p className="muted">{t('dues:list.noContributions')}</p>;
  return (
    <>
      <table className="money-table" data-testid="dues-contributions">
        <thead>
          <tr>
            <th scope="col">{t('dues:list.date')}</th>
            <th scope="col">{t('dues:list.amount')}</th>
            <th scope="col">{t('dues:list.campaign')}</th>
            <th scope="col">{t('dues:list.receipt')}</th>
          </tr>
        </thead>
        <tbody>
          {connection.edges.map(({ node }) => (
            <tr key={node.id} data-testid="dues-contribution-row">
              <td data-label={t('dues:list.date')}>{format.date(node.receivedOn)}</td>
              <td data-label={t('dues:list.amount')} className="money-table__amount">{format.money(node.amountKopiyky)}</td>
              <td data-label={t('dues:list.campaign')}>
                {node.campaign ?? t('dues:list.generalFund')}
                <span className="muted money-table__by">{t(`dues:method.${node.method}`)}</span>
              </td>
              <td data-label={t('dues:list.receipt')}>{node.receiptNumber}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore
        shown={connection.edges.length}
        total={connection.totalCount}
        hasMore={connection.pageInfo.hasNextPage}
        loading={list.loadingMore}
        error={list.moreError}
        onMore={() => void list.showMore()}
        testId="dues-contributions-more"
      />
    </>
  );
}
