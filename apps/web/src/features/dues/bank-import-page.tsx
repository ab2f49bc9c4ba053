import { useId, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../lib/components/form-field';
import { formErrors } from '../../lib/errors';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormatters } from '../../lib/use-formatters';
import { ColumnMapping } from './components/column-mapping';
import { StatementRows } from './components/statement-rows';
import { fileToBase64, MAX_STATEMENT_BYTES, useBankImport, type ImportResult } from './hooks/use-bank-import';
import './dues.css';

function Counts({ result }: { result: ImportResult }) {
  const { t } = useTranslation(['dues']);
  const count = (status: string) => result.rows.filter((r) => r.status === status).length;
  return (
    <ul className="import-counts" data-testid="dues-import-counts">
      <li>{t('dues:import.count.matched', { count: count('MATCHED') })}</li>
      <li>{t('dues:import.count.unmatched', { count: count('UNMATCHED') })}</li>
      <li>{t('dues:import.count.duplicate', { count: count('DUPLICATE') })}</li>
      <li>{t('dues:import.count.skipped', { count: count('DEBIT') + count('INVALID') + count('EXCLUDED') })}</li>
    </ul>
  );
}

/** Bank statement import: upload a CSV, check the columns and matches, then record the payments. */
export function BankImportPage() {
  const { t, i18n } = useTranslation(['dues', 'errors']);
  const format = useFormatters();
  useDocumentTitle(t('dues:import.heading'));
  const id = useId();
  const flow = useBankImport();
  const [tooLarge, setTooLarge] = useState(false);
  const problems = flow.error ? formErrors(flow.error, i18n, ['file']) : { fields: {} as { file?: string }, general: [] };
  const fileError = tooLarge ? t('dues:import.error.tooLarge', { max: 5 }) : (problems.fields.file ?? problems.general[0]);
  const { result, committed } = flow;
  const toRecord = result?.rows.filter((r) => r.status === 'MATCHED').length ?? 0;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setTooLarge(file.size > MAX_STATEMENT_BYTES);
    if (file.size > MAX_STATEMENT_BYTES) return;
    await flow.open({ name: file.name, base64: await fileToBase64(file) });
  }

  return (
    <>
      <p>
        <Link to="/dues" className="back-link">
          {t('dues:import.back')}
        </Link>
      </p>
      <header className="page-header">
        <h1>{t('dues:import.heading')}</h1>
        <p className="lead">{t('dues:import.intro')}</p>
      </header>

      {committed ? (
        <section className="hint" role="status" data-testid="dues-import-done">
          <p>{t('dues:import.done', { count: committed.paymentsCreated, amount: format.money(committed.importedKopiyky) })}</p>
          <button type="button" className="button" onClick={flow.startOver}>
            {t('dues:import.another')}
          </button>
        </section>
      ) : (
        <div className="import-upload">
          <FieldShell label={t('dues:import.file')} hint={t('dues:import.fileHint')} error={fileError} announce>
            {(control) => (
              <>
                <input {...control} className="input" type="file" accept=".csv,text/csv,text/plain" data-testid="dues-import-file" onChange={(e) => void choose(e)} />
                {flow.file && !fileError && <p className="muted">{flow.file.name}</p>}
              </>
            )}
          </FieldShell>
        </div>
      )}

      {result && !committed && (
        <section aria-labelledby={`${id}-preview`} className="import-preview" aria-busy={flow.loading}>
          <h2 id={`${id}-preview`}>{t('dues:import.preview')}</h2>
          <p className="muted">{t('dues:import.readAs', { encoding: result.encoding, delimiter: result.delimiter === '\t' ? 'Tab' : result.delimiter })}</p>
          <Counts result={result} />
          <ColumnMapping key={JSON.stringify(result.mapping)} headers={result.headers} mapping={result.mapping} busy={flow.loading} onApply={(m) => void flow.setColumns(m)} />
          <StatementRows rows={result.rows} busy={flow.loading} onMatch={(line, c) => void flow.match(line, c.id)} onExclude={(line, out) => void flow.exclude(line, out)} />
          <div className="import-confirm">
            <p>{t('dues:import.confirmText', { count: toRecord, amount: format.money(result.importedKopiyky) })}</p>
            <button type="button" className="button button--primary" data-testid="dues-import-commit" disabled={flow.loading || toRecord === 0} onClick={() => void flow.commit()}>
              {t('dues:import.commit', { count: toRecord })}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
