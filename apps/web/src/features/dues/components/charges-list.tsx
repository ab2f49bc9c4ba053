import { useTranslation } from 'react-i18next';
import { ContactDuesChargesDocument } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { usePagedList } from '../hooks/use-paged-list';
import { PagedMoneyTable } from './paged-money-table';

const PAGE = 12;

/** Charged periods, newest first. */
export function ChargesList({ contactId }: { contactId: string }) {
  const { t } = useTranslation(['dues']);
  const format = useFormatters();
  const list = usePagedList(ContactDuesChargesDocument, contactId, PAGE, (d) => d?.contact?.dues?.charges);
  return (
    <PagedMoneyTable
      list={list}
      empty={t('dues:list.noCharges')}
      testId="dues-charges"
      rowTestId="dues-charge-row"
      columns={[{ label: t('dues:list.period') }, { label: t('dues:list.dueOn') }, { label: t('dues:list.amount') }]}
      cells={(node) => (
        <>
          <td data-label={t('dues:list.period')}>{format.period(node.period)}</td>
          <td data-label={t('dues:list.dueOn')}>{format.date(node.dueOn)}</td>
          <td data-label={t('dues:list.amount')} className="money-table__amount">{format.money(node.amountKopiyky)}</td>
        </>
      )}
    />
  );
}
