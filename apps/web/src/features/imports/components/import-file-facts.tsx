import { useTranslation } from 'react-i18next';
import type { ContactImport } from '../hooks/use-contact-import';
import { useFormatters } from '../../../lib/use-formatters';
import { StatusBadge } from './status-badge';

const DELIMITERS: Record<string, 'semicolon' | 'comma' | 'tab'> = { ';': 'semicolon', ',': 'comma', '\t': 'tab' };
const ENCODINGS: Record<string, string> = { 'utf-8': 'UTF-8', 'windows-1251': 'Windows-1251' };

/** What was found in the file: its kind, encoding and separator, how many rows, and where the import stands. */
export function ImportFileFacts({ contactImport }: { contactImport: ContactImport }) {
  const { t } = useTranslation(['imports']);
  const format = useFormatters();
  const kind = contactImport.format === 'XLSX'
    ? t('imports:file.xlsx')
    : t('imports:file.csv', {
        encoding: ENCODINGS[contactImport.encoding ?? ''] ?? contactImport.encoding,
        delimiter: t(`imports:file.${DELIMITERS[contactImport.delimiter ?? ''] ?? 'semicolon'}`),
      });
  return (
    <p className="page-header__meta" data-testid="import-facts">
      <StatusBadge status={contactImport.status} /> {kind} · {t('imports:file.rows', { count: contactImport.rowCount, formatted: format.number(contactImport.rowCount) })}
    </p>
  );
}
