import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from '../../context';
import { execute } from '../../platform/db/sql';
import { translate } from '../../platform/i18n/server-i18n';
import type { RowOutcome } from './import-planner';
import type { RowError } from './import-row-mapper';

interface ReportRow {
  row_number: number;
  outcome: RowOutcome;
  contact_id: string | null;
  errors: RowError[] | null;
}

const PAGE = 5_000;

/** Excel opens a CSV by the list separator of its language: `;` in Ukrainian, `,` in English. */
export const REPORT_DELIMITER: Record<Locale, string> = { uk: ';', en: ',' };

function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One problem as the report says it: "Column: message". */
export function describeRowError(error: RowError, headers: readonly string[], locale: Locale): string {
  const place = error.column !== null && headers[error.column]
    ? headers[error.column]
    : translate(locale, error.field === 'row' ? 'imports:report.wholeRow' : `imports:field.${error.field}`);
  const message = translate(locale, error.i18nKey, { ...error.params, value: error.params.value ?? error.value ?? '' });
  // Messages that do not quote the cell ("not allowed") get it after them.
  return error.value && !message.includes(error.value) ? `${place}: ${message} (${error.value})` : `${place}: ${message}`;
}

/**
 * The report of an import's last run, one line per row of the file: its number, what
 * happened (or, after a check, would happen), the contact's id and the problems in the
 * reader's language. UTF-8 with a BOM, so Excel reads the Cyrillic right. Yields text
 * chunks, a page of rows at a time, so a 100K-row report is never built in memory.
 */
export async function* reportLines(em: EntityManager, importId: string, headers: readonly string[], dryRun: boolean, locale: Locale): AsyncGenerator<string> {
  const delimiter = REPORT_DELIMITER[locale];
  const line = (fields: string[]) => `${fields.map((f) => csvField(f, delimiter)).join(delimiter)}\r\n`;
  const outcome = (value: RowOutcome) => translate(locale, `imports:outcome.${dryRun ? 'planned' : 'done'}.${value}`);
  yield `\uFEFF${line(['row', 'outcome', 'contactId', 'errors'].map((column) => translate(locale, `imports:report.column.${column}`)))}`;
  let after = 0;
  for (;;) {
    const rows = await execute<ReportRow>(
      em,
      `select row_number, outcome, contact_id, errors from contact_import_row
        where import_id = ? and row_number > ? order by row_number limit ${PAGE}`,
      [importId, after],
    );
    if (rows.length === 0) return;
    yield rows
      .map((row) => line([
        String(row.row_number),
        outcome(row.outcome),
        row.contact_id ?? '',
        (row.errors ?? []).map((error) => describeRowError(error, headers, locale)).join('; '),
      ]))
      .join('');
    after = rows[rows.length - 1].row_number;
  }
}
