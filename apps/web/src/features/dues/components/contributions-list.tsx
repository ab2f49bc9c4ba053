import { useTranslation } from 'react-i18next';
import { ContactContributionsDocument } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { usePagedList } from '../hooks/use-paged-list';
import { PagedMoneyTable } from './paged-money-table';

const PAGE = 10;

/** Donations, newest first, with their campaigns and receipt numbers. */
export function ContributionsList({ contactId }: { contactId: string }) {
  const { t } = useTranslation(['dues']);
  const format = useFormatters();
  const list = usePagedList(ContactContributionsDocument, contactId, PAGE, (d) => d?.contact?.contributions);
  return (
    <PagedMoneyTable
      list={list}
      empty={t('dues:list.noContributions')}
      testId="dues-contributions"
      rowTestId="dues-contribution-row"
      columns={[{ label: t('dues:list.date') }, { label: t('dues:list.amount') }, { label: t('dues:list.campaign') }, { label: t('dues:list.receipt') }]}
      cells={(node) => (
        <>
          <td data-label={t('dues:list.date')}>{format.date(node.receivedOn)}</td>
          <td data-label={t('dues:list.amount')} className="money-table__amount">{format.money(node.amountKopiyky)}</td>
          <td data-label={t('dues:list.campaign')}>
            {node.campaign ?? t('dues:list.generalFund')}
            <span className="muted money-table__by">{t(`dues:method.${node.method}`)}</span>
          </td>
          <td data-label={t('dues:list.receipt')}>{node.receiptNumber}</td>
        </>
      )}
    />
  );
}
