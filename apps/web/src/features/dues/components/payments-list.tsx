import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactDuesPaymentsDocument } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { usePagedList } from '../hooks/use-paged-list';
import { RemovePayment } from './remove-payment';
import { PagedMoneyTable } from './paged-money-table';

const PAGE = 10;

/** Payments, newest first; who may record dues can remove one recorded by mistake. */
export function PaymentsList({ contactId }: { contactId: string }) {
  const { t } = useTranslation(['dues']);
  const format = useFormatters();
  const list = usePagedList(ContactDuesPaymentsDocument, contactId, PAGE, (d) => d?.contact?.dues?.payments);
  const canWrite = list.data?.contact?.dues?.viewerCanWrite ?? false;
  const [removing, setRemoving] = useState<string | null>(null);
  return (
    <PagedMoneyTable
      list={list}
      empty={t('dues:list.noPayments')}
      testId="dues-payments"
      rowTestId="dues-payment-row"
      columns={[
        { label: t('dues:list.date') },
        { label: t('dues:list.amount') },
        { label: t('dues:list.method') },
        { label: t('dues:list.details') },
        ...(canWrite ? [{ label: t('dues:list.actions'), hidden: true }] : []),
      ]}
      cells={(node) => (
        <>
          <td data-label={t('dues:list.date')}>{format.date(node.paidOn)}</td>
          <td data-label={t('dues:list.amount')} className="money-table__amount">{format.money(node.amountKopiyky)}</td>
          <td data-label={t('dues:list.method')}>
            {t(`dues:method.${node.method}`)}
            {node.fromBankImport && <span className="badge money-table__badge">{t('dues:list.fromStatement')}</span>}
          </td>
          <td data-label={t('dues:list.details')} className="money-table__details">
            {[node.reference, node.note].filter(Boolean).join(' · ') || <span className="muted">{t('dues:list.none')}</span>}
            {node.recordedBy && <span className="muted money-table__by">{t('dues:list.recordedBy', { name: node.recordedBy })}</span>}
          </td>
          {canWrite && (
            <td data-label={t('dues:list.actions')}>
              {removing === node.id ? (
                <RemovePayment paymentId={node.id} onDone={() => setRemoving(null)} />
              ) : (
                <button type="button" className="button button--secondary button--small" data-testid="dues-payment-remove" onClick={() => setRemoving(node.id)}>
                  {t('dues:remove.button')}
                </button>
              )}
            </td>
          )}
        </>
      )}
    />
  );
}
