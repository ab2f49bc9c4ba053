import { useTranslation } from 'react-i18next';
import type { ContactImport } from '../hooks/use-contact-import';
import { useFormatters } from '../../../lib/use-formatters';
import { ImportErrors } from './import-errors';

/** Totals of the last check or import, and (when any) the rows with errors; a link to the full report. */
export function ImportResults({ contactImport }: { contactImport: ContactImport }) {
  const { t, i18n } = useTranslation(['imports']);
  const { number } = useFormatters();
  const counts = contactImport.counts;
  if (!counts) return null;
  const planned = contactImport.dryRun === true;
  const stats = [
    ['total', t('imports:results.total'), counts.total],
    ['created', planned ? t('imports:results.plannedCreated') : t('imports:results.created'), counts.created],
    ['updated', planned ? t('imports:results.plannedUpdated') : t('imports:results.updated'), counts.updated],
    ['skipped', t('imports:results.skipped'), counts.skipped],
    ['errors', t('imports:results.errors'), counts.errors],
  ] as const;
  return (
    <div className="results">
      <dl className="import-stats" data-testid="import-counts">
        {stats.map(([key, label, value]) => (
          <div key={key} className={`import-stats__item card${key === 'errors' && value > 0 ? ' import-stats__item--bad' : ''}`} data-testid={`import-count-${key}`}>
            <dt>{label}</dt>
            <dd>{number(value)}</dd>
          </div>
        ))}
      </dl>
      {contactImport.reportUrl && (
        <p>
          <a className="button button--secondary" href={`${contactImport.reportUrl}?lang=${i18n.language}`} download data-testid="import-report-link">
            {t('imports:actions.report')}
          </a>
        </p>
      )}
      <ImportErrors key={contactImport.finishedAt ?? ''} importId={contactImport.id} />
    </div>
  );
}
