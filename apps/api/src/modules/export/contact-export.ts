import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Locale } from '../../context';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import { execute } from '../../platform/db/sql';
import { contactConditions } from '../contacts/contact-page-reader';
import { OrgUnit } from '../org/org-unit.entity';
import { selectionConditions, type SelectionDeps, type StoredSelection } from '../groups/contact-selection';
import type { ExportFormat } from './contact-export.entity';
import { EXPORT_COLUMNS, exportSelect, type ExportRow, type ExportRowContext } from './export-columns';
import { exportLabels } from './export-labels';
import type { ExportWriter } from './export-writer';
import { CsvWriter } from './csv-writer';
import { XlsxWriter } from './xlsx-writer';

/** Rows per FETCH from the cursor, and per write to the receiver. */
export const EXPORT_BATCH = 5_000;
/** Rows formatted between yields to the event loop: an XLSX batch is CPU work other requests would wait on. */
const ROWS_PER_TURN = 500;

export interface ContactExportRequest {
  selection: StoredSelection;
  format: ExportFormat;
  /** The header row's language. */
  locale: Locale;
}

/**
 * Writes the selected contacts in the viewer's read scope to `sink` as CSV or XLSX, in name
 * order, and ends it. One read-only cursor over a single snapshot: the planner is told to
 * plan for every row (not the first few), so a 100K-row group is found with its indexes and
 * sorted once, then fetched in batches as fast as the receiver takes them. `onRows` hears the
 * running total after each batch, so a failure can still say how far it got.
 */
export async function writeContactExport(
  deps: SelectionDeps,
  request: ContactExportRequest,
  sink: Writable,
  onRows: (written: number) => void = () => undefined,
): Promise<number> {
  const conditions = await selectionConditions(deps, request.selection);
  const labels = exportLabels(request.locale);
  const context: ExportRowContext = { labels, locale: request.locale, regionOf: await regionNames(deps, request.locale) };
  const writer: ExportWriter = request.format === 'csv' ? new CsvWriter(sink) : new XlsxWriter(sink, labels.sheetName);
  await writer.start(EXPORT_COLUMNS.map((c) => labels.columns[c.key]), EXPORT_COLUMNS);
  const where = contactConditions(deps.viewer, [conditions]);
  const select = exportSelect();
  let written = 0;
  await deps.em.transactional(async (tx) => {
    await execute(tx, `set transaction read only`);
    await execute(tx, `set local cursor_tuple_fraction = 1`);
    await execute(
      tx,
      `declare export_rows no scroll cursor for
       select ${select.sql} from contact c join org_unit u on u.id = c.org_unit_id where ${where.sql} order by c.sort_name, c.id`,
      [...Array<string>(select.timeZoneParams).fill(deps.timeZone), ...where.params],
    );
    for (;;) {
      const rows = await execute<ExportRow>(tx, `fetch ${EXPORT_BATCH} from export_rows`);
      for (const [i, row] of rows.entries()) {
        writer.row(EXPORT_COLUMNS.map((column) => column.value(row, context)));
        if ((i + 1) % ROWS_PER_TURN === 0) await nextTurn();
      }
      await writer.flush();
      written += rows.length;
      onRows(written);
      if (rows.length < EXPORT_BATCH) break;
    }
  });
  await writer.end();
  return written;
}

/** The visible regions by path; a contact's region is the one its path passes through. */
async function regionNames(deps: SelectionDeps, locale: Locale): Promise<(path: string) => string | null> {
  const scope = readScopeSql(deps.viewer, OrgUnit, 'u');
  const rows = await execute<{ path: string; name_uk: string; name_en: string }>(
    deps.em,
    `select u.path::text as path, u.name_uk, u.name_en from org_unit u where u.kind = 'region' and ${scope.sql}`,
    scope.params,
  );
  const byPath = new Map(rows.map((r) => [r.path, locale === 'en' ? r.name_en || r.name_uk : r.name_uk || r.name_en]));
  const memo = new Map<string, string | null>();
  return (path) => {
    let name = memo.get(path);
    if (name === undefined) {
      const labels = path.split('.');
      name = null;
      for (let i = 1; i <= labels.length && name === null; i += 1) name = byPath.get(labels.slice(0, i).join('.')) ?? null;
      memo.set(path, name);
    }
    return name;
  };
}
