import { useTranslation } from 'react-i18next';
import type { DuesSummaryFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';

/** Balance in green (paid up or ahead) or red (owing), what is owed, and for which periods. */
export function DuesSummary({ dues }: { dues: DuesSummaryFieldsFragment }) {
  const { t } = useTranslation(['dues']);
  const format = useFormatters();
  const owing = dues.arrearsKopiyky > 0;
  return (
    <div className="dues-summary">
      <dl className="dues-summary__figures">
        <div className={`dues-figure ${owing ? 'dues-figure--owing' : 'dues-figure--ok'}`}>
          <dt>{t('dues:summary.balance')}</dt>
          <dd data-testid="dues-balance">{format.money(dues.balanceKopiyky)}</dd>
        </div>
        <div className="dues-figure">
          <dt>{t('dues:summary.arrears')}</dt>
          <dd data-testid="dues-arrears">{owing ? format.money(dues.arrearsKopiyky) : t('dues:summary.noArrears')}</dd>
        </div>
        <div className="dues-figure">
          <dt>{t('dues:summary.lastPayment')}</dt>
          <dd>{dues.lastPaymentOn ? format.date(dues.lastPaymentOn) : t('dues:summary.noPayments')}</dd>
        </div>
      </dl>
      <p className="dues-summary__status" data-testid="dues-status">
        {owing ? t('dues:summary.owing', { count: dues.periodsInArrears.length }) : dues.balanceKopiyky > 0 ? t('dues:summary.ahead') : t('dues:summary.paidUp')}
      </p>
      {owing && (
        <ul className="dues-periods" aria-label={t('dues:summary.unpaidPeriods')} data-testid="dues-unpaid-periods">
          {dues.periodsInArrears.map((p) => (
            <li key={p.period}>
              <span className="dues-periods__period">{format.period(p.period)}</span>
              <span>
                {p.outstandingKopiyky < p.amountKopiyky
                  ? t('dues:summary.partlyPaid', { owed: format.money(p.outstandingKopiyky), of: format.money(p.amountKopiyky) })
                  : format.money(p.outstandingKopiyky)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
