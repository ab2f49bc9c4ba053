import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { audit } from '../../platform/audit/audit.service';
import { viewerOfUser } from '../../platform/auth/user-viewer';
import { covers, type Grant } from '../../platform/auth/viewer';
import { execute } from '../../platform/db/sql';
import { TaskFailure } from '../../platform/jobs/job-queue';
import type { ErrorMode, ImportCounts, MatchMode } from './contact-import.entity';
import type { CsvDelimiter, CsvEncoding, ImportFormat } from './import-file-detect';
import type { ImportMapping } from './import-fields';
import { ImportPlanner, type BatchPlan, type RowPlan } from './import-planner';
import { RowMapper } from './import-row-mapper';
import { readSheet, type SheetRow } from './import-sheet-reader';
import { ImportUnits, type ImportUnit } from './import-units';
import { ContactChangedDuringImport, writeBatch, writeRowOutcomes, type ImportOrigin } from './import-writer';
import { finishImport } from './import-status';

/** Rows per statement: big enough that 100K rows are 50 round trips, small enough to keep each under a second. */
export const IMPORT_BATCH = 2_000;

export interface ImportRunParams {
  importId: string;
  /** Check only: decide and report every row, write no contact. */
  dryRun: boolean;
  /** The organization's today (YYYY-MM-DD): birth dates after it are refused. */
  today: string;
  /** The request that started the run, for the audit row. */
  requestId: string;
  ip: string | null;
}

interface StoredImport {
  id: string;
  created_by: string;
  target_org_unit_id: string | null;
  file_name: string;
  format: ImportFormat;
  encoding: CsvEncoding | null;
  delimiter: CsvDelimiter | null;
  bytes: Buffer | null;
  row_count: number;
  mapping: ImportMapping | null;
  match_mode: MatchMode;
  error_mode: ErrorMode;
}

export type Progress = (done: number, total: number) => Promise<void>;

/**
 * Checks or imports a stored file: the job behind `runContactImport`, and the function to
 * time for "import N rows". Rows are planned and written in batches of IMPORT_BATCH:
 * - check: every row's outcome and errors are stored, no contact is touched;
 * - skip bad rows: each batch commits on its own (the unit counters are locked only for a batch);
 * - all or nothing: every row is checked first; one bad row and nothing is written, else
 *   everything is written in one transaction.
 * Ends with the import's status and counts, and (for a real import) one audit row.
 */
export async function runContactImport(orm: MikroORM, params: ImportRunParams, progress: Progress): Promise<ImportCounts> {
  const em = orm.em.fork() as EntityManager;
  const [file] = await execute<StoredImport>(em, 'select * from contact_import where id = ?', [params.importId]);
  if (!file || !file.bytes || !file.mapping) throw new TaskFailure('errors:notFound', `Import ${params.importId} has no file or mapping`);
  const counts: ImportCounts = { total: 0, created: 0, updated: 0, skipped: 0, errors: 0 };
  const origin: ImportOrigin = { importId: file.id, fileName: file.file_name, actorUserId: file.created_by };
  try {
    const planner = await plannerFor(em, file, params.today);
    await execute(em, 'delete from contact_import_row where import_id = ?', [file.id]);
    if (params.dryRun) {
      await eachBatch(file, planner, async (batch) => {
        await writeRowOutcomes(em, file.id, batch.rows.map((row) => (row.contactId && planner.createdIds.has(row.contactId) ? { ...row, contactId: null } : row)));
        tally(counts, batch.rows);
        await progress(counts.total, file.row_count);
      });
      await finishImport(em, file.id, { status: 'checked', dryRun: true, counts });
    } else if (file.error_mode === 'skip') {
      await eachBatch(file, planner, async (batch) => {
        await writeSkippingChanged(em, batch, origin);
        tally(counts, batch.rows);
        await progress(counts.total, file.row_count);
      });
      await em.transactional(async (tx) => {
        await finishImport(tx, file.id, { status: 'imported', dryRun: false, counts });
        auditImport(tx, file, counts, params);
      });
    } else {
      await allOrNothing(em, file, planner, counts, params, progress);
    }
    return counts;
  } catch (error) {
    const failure = error instanceof TaskFailure ? error : new TaskFailure('errors:taskFailed', String(error));
    const written = counts.created + counts.updated > 0;
    await em.transactional(async (tx) => {
      await finishImport(tx, file.id, {
        status: params.dryRun ? 'uploaded' : 'failed',
        dryRun: params.dryRun,
        counts: counts.total > 0 ? counts : null,
        errorKey: failure.i18nKey,
        errorParams: failure instanceof ImportRejected ? failure.params : null,
      });
      // Rows already committed by a run that broke off still get their audit row.
      if (!params.dryRun && written) auditImport(tx, file, counts, params);
    });
    throw failure;
  }
}

/** A refusal of the whole import, with the numbers its message needs. */
class ImportRejected extends TaskFailure {
  constructor(i18nKey: string, readonly params: Record<string, number>) {
    super(i18nKey, `Import refused: ${i18nKey}`);
  }
}

async function allOrNothing(em: EntityManager, file: StoredImport, planner: ImportPlanner, counts: ImportCounts, params: ImportRunParams, progress: Progress): Promise<void> {
  const planned: BatchPlan[] = [];
  const checked: ImportCounts = { total: 0, created: 0, updated: 0, skipped: 0, errors: 0 };
  for await (const batch of batches(file, planner)) {
    planned.push(batch);
    tally(checked, batch.rows);
    await progress(Math.round(checked.total / 2), file.row_count);
  }
  // Nothing was written: no row created anything, and a contact this import would have made does not exist.
  const notWritten = (rows: readonly RowPlan[]): RowPlan[] =>
    rows.map((row) => ({
      ...row,
      outcome: row.outcome === 'error' ? 'error' : 'skipped',
      contactId: row.contactId && !planner.createdIds.has(row.contactId) ? row.contactId : null,
    }));
  const reject = async (i18nKey: string, count: number) => {
    for (const batch of planned) await writeRowOutcomes(em, file.id, notWritten(batch.rows));
    Object.assign(counts, { ...checked, created: 0, updated: 0, skipped: checked.total - checked.errors });
    return new ImportRejected(i18nKey, { count });
  };
  if (checked.errors > 0) throw await reject('imports:error.allOrNothingRejected', checked.errors);
  const origin: ImportOrigin = { importId: file.id, fileName: file.file_name, actorUserId: file.created_by };
  try {
    await em.transactional(async (tx) => {
      let written = 0;
      for (const batch of planned) {
        await writeBatch(tx, batch, origin);
        written += batch.rows.length;
        await progress(Math.round((checked.total + written) / 2), file.row_count);
      }
      await finishImport(tx, file.id, { status: 'imported', dryRun: false, counts: checked });
      auditImport(tx, file, checked, params);
    });
  } catch (error) {
    if (!(error instanceof ContactChangedDuringImport)) throw error;
    throw await reject('imports:error.changedDuringImport', error.contactIds.length);
  }
  Object.assign(counts, checked);
}

/** Writes a batch; a contact someone saved since its row was checked becomes that row's error, and the rest is written. */
async function writeSkippingChanged(em: EntityManager, batch: BatchPlan, origin: ImportOrigin): Promise<void> {
  for (;;) {
    try {
      await em.transactional((tx) => writeBatch(tx, batch, origin));
      return;
    } catch (error) {
      if (!(error instanceof ContactChangedDuringImport)) throw error;
      const changed = new Set(error.contactIds);
      batch.updates = batch.updates.filter((update) => !changed.has(update.id));
      batch.rows = batch.rows.map((row) =>
        row.outcome === 'updated' && changed.has(row.contactId!)
          ? { ...row, outcome: 'error', errors: [{ field: 'row', column: null, i18nKey: 'imports:error.changedDuringImport', params: { count: 1 }, value: null }] }
          : row,
      );
    }
  }
}

async function plannerFor(em: EntityManager, file: StoredImport, today: string): Promise<ImportPlanner> {
  const viewer = await viewerOfUser(em, file.created_by);
  const grants = viewer?.scope('contacts', 'write').grants ?? [];
  if (!viewer || grants.length === 0) throw new TaskFailure('errors:forbidden', 'The importer may no longer write contacts');
  let targetUnit: ImportUnit | null = null;
  if (file.target_org_unit_id) {
    targetUnit = await writableUnit(em, grants, file.target_org_unit_id);
    if (!targetUnit) throw new TaskFailure('errors:unitNotWritable', 'The target unit is out of the importer’s write scope');
  }
  return new ImportPlanner(em, viewer, new RowMapper(file.mapping!, today), new ImportUnits(em, grants), { matchMode: file.match_mode, targetUnit, today });
}

async function writableUnit(em: EntityManager, grants: readonly Grant[], id: string): Promise<ImportUnit | null> {
  const [unit] = await execute<ImportUnit>(em, 'select id, path::text as path from org_unit where id = ?', [id]);
  return unit && covers(grants, unit.path) ? unit : null;
}

/** The file's rows below the header, planned IMPORT_BATCH at a time. */
async function* batches(file: StoredImport, planner: ImportPlanner): AsyncGenerator<BatchPlan> {
  const source = { format: file.format, encoding: file.encoding, delimiter: file.delimiter, bytes: file.bytes! };
  let header = true;
  let rows: SheetRow[] = [];
  for await (const row of readSheet(source)) {
    if (header) {
      header = false;
      continue;
    }
    rows.push(row);
    if (rows.length === IMPORT_BATCH) {
      yield await planner.plan(rows);
      rows = [];
    }
  }
  if (rows.length > 0) yield await planner.plan(rows);
}

/**
 * Plans the file batch by batch and hands each batch to `write`, one write at a time and in
 * order, while the next batch is being planned: Node reads and checks rows while PostgreSQL
 * writes the ones before (on two cores the two overlap). The planner's memory of what earlier
 * rows created or changed is what later rows are matched against, so planning ahead of the
 * writes is safe. A failure stops the loop once the write in flight has settled.
 */
async function eachBatch(file: StoredImport, planner: ImportPlanner, write: (batch: BatchPlan) => Promise<void>): Promise<void> {
  let inFlight: Promise<void> = Promise.resolve();
  const outcome: { failed: boolean; error?: unknown } = { failed: false };
  try {
    for await (const batch of batches(file, planner)) {
      await inFlight;
      if (outcome.failed) break;
      inFlight = write(batch).catch((error: unknown) => {
        Object.assign(outcome, { failed: true, error });
      });
    }
  } finally {
    await inFlight;
  }
  if (outcome.failed) throw outcome.error;
}

function tally(counts: ImportCounts, rows: readonly RowPlan[]): void {
  for (const row of rows) {
    counts.total += 1;
    if (row.outcome === 'created') counts.created += 1;
    else if (row.outcome === 'updated') counts.updated += 1;
    else if (row.outcome === 'skipped') counts.skipped += 1;
    else counts.errors += 1;
  }
}

/** The one audit row of an import: who, which file, what it did. */
function auditImport(em: EntityManager, file: StoredImport, counts: ImportCounts, params: ImportRunParams): void {
  audit(em, {
    actorUserId: file.created_by,
    operation: 'contact.import',
    recordType: 'ContactImport',
    recordId: file.id,
    after: { fileName: file.file_name, matchMode: file.match_mode, errorMode: file.error_mode, ...counts },
  }, { requestId: params.requestId, ip: params.ip });
}
