import { useTranslation } from 'react-i18next';
import { ContactDuesChargesDocument } from '../../../gql/graphql';
import { ErrorState } from '../../../lib/components/query-status';
import { useFormatters } from '../../../lib/use-formatters';
import { usePagedList } from '../hooks/use-paged-list';
import { ShowMore } from './show-more';

const PAGE = 12;

/** Charged periods, newest first. */
export function ChargesList({ contactId }: { contactId: string }) {
  const { t } = useTranslation(['dues']);
  const format = useFormatters();
  const list = usePagedList(ContactDuesChargesDocument, contactId, PAGE, (d) => d?.contact?.dues?.charges);
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const connection = list.connection;
  if (!connection) return null;
  if (connection.totalCount === 0) return <p className="muted">{t('dues:list.noCharges')}</p>;
  return (
    <>
      <table className="money-table" data-testid="dues-charges">
        <thead>
          <tr>
            <th scope="col">{t('dues:list.period')}</th>
            <th scope="col">{t('dues:list.dueOn')}</th>
            <th scope="col">{t('dues:list.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {connection.edges.map(({ node }) => (
            <tr key={node.id} data-testid="dues-charge-row">
              <td data-label={t('dues:list.period')}>{format.period(node.period)}</td>
              <td data-label={t('dues:list.dueOn')}>{format.date(node.dueOn)}</td>
              <td data-label={t('dues:list.amount')} className="money-table__amount">{format.money(node.amountKopiyky)}</td>
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
        testId="dues-charges-more"
      />
    </>
  );
}
