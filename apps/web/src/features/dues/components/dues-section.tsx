import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactDuesSummaryDocument } from '../../../gql/graphql';
import { ErrorState, LoadingState } from '../../../lib/components/query-status';
import { ChargesList } from './charges-list';
import { ContributionsList } from './contributions-list';
import { DuesSummary } from './dues-summary';
import { MoneyForm, type MoneyKind } from './money-form';
import { PaymentsList } from './payments-list';

/**
 * A contact's dues: balance and arrears, forms to record money (for who may), and the
 * payment, charge and contribution histories. Renders nothing outside the viewer's dues scope.
 */
export function DuesSection({ contactId, heading, showCharges }: { contactId: string; heading: string; showCharges: boolean }) {
  const { t } = useTranslation(['dues']);
  const headingId = useId();
  const { data, error, refetch } = useQuery(ContactDuesSummaryDocument, { variables: { id: contactId } });
  const [form, setForm] = useState<MoneyKind | null>(null);
  const [saved, setSaved] = useState('');
  const dues = data?.contact?.dues;

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  if (!dues) return null;

  const open = (kind: MoneyKind) => {
    setSaved('');
    setForm(kind);
  };

  return (
    <section className="dues-section" aria-labelledby={headingId} data-testid="dues-section">
      <h2 id={headingId}>{heading}</h2>
      <DuesSummary dues={dues} />
      {dues.viewerCanWrite && (
        <div className="button-row dues-section__actions">
          <button type="button" className="button button--primary" data-testid="dues-record-payment" aria-expanded={form === 'payment'} onClick={() => open('payment')}>
            {t('dues:section.recordPayment')}
          </button>
          <button type="button" className="button" data-testid="dues-record-contribution" aria-expanded={form === 'contribution'} onClick={() => open('contribution')}>
            {t('dues:section.recordContribution')}
          </button>
        </div>
      )}
      <p className="dues-section__saved" role="status" data-testid="dues-saved">
        {saved}
      </p>
      {form && (
        <MoneyForm
          key={form}
          kind={form}
          contactId={contactId}
          onDone={(message) => {
            setForm(null);
            setSaved(message);
          }}
        />
      )}
      <h3>{t('dues:section.payments')}</h3>
      <PaymentsList contactId={contactId} />
      {showCharges && (
        <>
          <h3>{t('dues:section.charges')}</h3>
          <ChargesList contactId={contactId} />
        </>
      )}
      <h3>{t('dues:section.contributions')}</h3>
      <ContributionsList contactId={contactId} />
    </section>
  );
}
