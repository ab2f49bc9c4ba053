import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { viewerOfUser } from '../platform/auth/user-viewer';
import { execute, executeBound, pgArray } from '../platform/db/sql';
import { createRng } from '../platform/db/seed/prng';
import { PersonFactory } from '../platform/db/seed/demo-people';
import type { ImportCounts } from '../modules/imports/contact-import.entity';
import { runContactImport } from '../modules/imports/import-run';
import { storeUpload } from '../modules/imports/import-upload.service';
import { BenchSetupError } from './bench-setup';
import { clusterCpuMs, processCpuMs } from './process-cpu';

export interface ImportBenchOptions {
  rows: number;
  /** The importing account (demo admin: the whole organization is its write scope). */
  account: string;
  format: 'csv' | 'xlsx';
  /** Share of rows whose phone is an existing contact's: they update it. */
  updateShare: number;
  /** The organization's today, for birth dates. */
  today: string;
  seed?: number;
  /** Data directory of a local PostgreSQL, to count its CPU time too. */
  dataDir?: string;
}

/** Wall time of a step, and the CPU it took in this process and (when local) in PostgreSQL. */
export interface StepTiming {
  ms: number;
  nodeCpuMs: number;
  dbCpuMs: number | null;
}

export interface ImportBenchResult {
  rows: number;
  bytes: number;
  /** Detection, a full read of the file and storing it (the upload request). */
  upload: StepTiming;
  /** The check: every row planned, nothing written. */
  check: StepTiming & { counts: ImportCounts };
  /** The import itself (skip bad rows): every row planned and written. */
  import: StepTiming & { counts: ImportCounts };
}

/** Times `work`: wall clock, this process's CPU and the local database's CPU. */
async function timed<T>(dataDir: string | undefined, work: () => Promise<T>): Promise<StepTiming & { value: T }> {
  const db = () => (dataDir ? clusterCpuMs(dataDir) : null);
  const [wall, node, dbBefore] = [performance.now(), processCpuMs(), db()];
  const value = await work();
  const dbAfter = db();
  return {
    value,
    ms: performance.now() - wall,
    nodeCpuMs: processCpuMs() - node,
    dbCpuMs: dbBefore === null || dbAfter === null ? null : dbAfter - dbBefore,
  };
}

const HEADERS = ['Прізвище', "Ім'я", 'По батькові', 'Телефон', 'Email', 'Дата народження', 'Стать', 'Осередок', 'Теги'];

/**
 * "Import N rows": a realistic file (Ukrainian names, phones, e-mails, birth dates, a branch
 * code per row across every branch; `updateShare` of the rows carry an existing contact's
 * phone and a new e-mail) is uploaded, checked and imported through the same services as
 * the API (`storeUpload`, `runContactImport`), each step timed. Afterwards the database is
 * put back: created contacts deleted, updated ones restored, the import removed (its audit
 * rows stay, as audit rows do), the contact table vacuumed.
 */
export async function benchContactImport(orm: MikroORM, options: ImportBenchOptions, log: (message: string) => void = () => undefined): Promise<ImportBenchResult> {
  const em = orm.em.fork() as EntityManager;
  const [user] = await execute<{ id: string }>(em, 'select id from app_user where email = ?', [options.account]);
  const viewer = user ? await viewerOfUser(em, user.id) : null;
  if (!viewer) throw new BenchSetupError(`No account ${options.account}: seed the database with the demo organization.`);
  log(`Generating ${options.rows.toLocaleString('en')} rows (${options.format})…`);
  const rows = await fileRows(em, options);
  const bytes = options.format === 'csv' ? Buffer.from(rows.map((row) => row.join(';')).join('\r\n'), 'utf8') : await workbook(rows);
  const phones = rows.slice(1).map((row) => row[3]).filter(Boolean).map((phone) => `+380${phone.replace(/\D/g, '').slice(-9)}`);
  const emails = rows.slice(1).map((row) => row[4]).filter(Boolean);
  await snapshotMatches(em, phones, emails);
  let importId: string | null = null;
  try {
    const origin = { requestId: `bench-import-${randomUUID()}`, ip: null };
    log('Uploading…');
    const upload = await timed(options.dataDir, () => storeUpload(em, viewer, `bench-${options.rows}.${options.format}`, bytes, origin));
    const stored = upload.value;
    importId = stored.id;
    await execute(em, `update contact_import set mapping = ?::jsonb, match_mode = 'update', error_mode = 'skip', target_org_unit_id = null where id = ?`, [
      JSON.stringify(['lastName', 'firstName', 'patronymic', 'phone', 'email', 'birthDate', 'gender', 'unit', 'tags']), stored.id,
    ]);
    const params = { importId: stored.id, today: options.today, requestId: origin.requestId, ip: null };
    let started = 0;
    let shown = 0;
    const progress = async (done: number, total: number) => {
      if (done - shown < 10_000 && done < total) return;
      shown = done;
      log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} rows, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    };
    const run = (dryRun: boolean) => {
      log(dryRun ? 'Checking…' : 'Importing…');
      [started, shown] = [performance.now(), 0];
      return timed(options.dataDir, () => runContactImport(orm, { ...params, dryRun }, progress));
    };
    const check = await run(true);
    const imported = await run(false);
    const step = ({ ms, nodeCpuMs, dbCpuMs }: StepTiming): StepTiming => ({ ms, nodeCpuMs, dbCpuMs });
    return {
      rows: options.rows,
      bytes: bytes.length,
      upload: step(upload),
      check: { ...step(check), counts: check.value },
      import: { ...step(imported), counts: imported.value },
    };
  } finally {
    log('Putting the database back…');
    await restore(em, importId);
  }
}

/** The header and N rows; existing contacts (with a phone) are drawn for the updating share. */
async function fileRows(em: EntityManager, options: ImportBenchOptions): Promise<string[][]> {
  const rng = createRng(options.seed ?? 2026, 'import-bench');
  const branches = (await execute<{ code: string }>(em, `select code from org_unit where kind = 'branch' order by code`)).map((b) => b.code);
  const updates = Math.round(options.rows * options.updateShare);
  const existing = await execute<{ last_name: string; first_name: string; phone: string }>(
    em,
    `select last_name, first_name, phones[1] as phone from contact tablesample system (5) where phones <> '{}' limit ${updates}`,
  );
  const people = new PersonFactory(rng);
  const rows: string[][] = [HEADERS];
  for (let i = 0; i < options.rows; i += 1) {
    const match = i % Math.max(1, Math.round(1 / Math.max(options.updateShare, 1e-9))) === 0 ? existing.pop() : undefined;
    const branch = rng.pick(branches);
    if (match) {
      rows.push([match.last_name, match.first_name, '', match.phone, `import.${i}@bench.test`, '', '', branch, 'імпорт']);
      continue;
    }
    const person = people.next(rng.chance(0.2));
    const birth = `${String(rng.int(1, 28)).padStart(2, '0')}.${String(rng.int(1, 12)).padStart(2, '0')}.${rng.int(1940, 2006)}`;
    const gender = /(а|я)$/.test(person.firstName) ? 'ж' : 'ч';
    // Phones as people type them: national form with spaces.
    const phone = person.phone ? `0${person.phone.slice(4, 6)} ${person.phone.slice(6, 9)} ${person.phone.slice(9, 11)} ${person.phone.slice(11)}` : '';
    rows.push([person.lastName, person.firstName, person.patronymic ?? '', phone, person.email ?? '', birth, gender, branch, 'імпорт, 2026']);
  }
  return rows;
}

/** Keeps every contact the file's phones or e-mails could touch, to restore them afterwards (one GIN lookup per value). */
async function snapshotMatches(em: EntityManager, phones: readonly string[], emails: readonly string[]): Promise<void> {
  await execute(em, 'drop table if exists bench_import_before');
  await execute(em, 'create unlogged table bench_import_before (like contact, primary key (id))');
  for (const [list, values] of [['phones', phones], ['emails', emails]] as const) {
    for (let i = 0; i < values.length; i += SNAPSHOT_CHUNK) {
      await executeBound(
        em,
        `insert into bench_import_before select c.* from unnest(?::text[]) as k (value)
           cross join lateral (select * from contact c where c.${list} @> array[k.value]) as c on conflict do nothing`,
        [pgArray(values.slice(i, i + SNAPSHOT_CHUNK))],
      );
    }
  }
}

const SNAPSHOT_CHUNK = 5_000;

async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Контакти');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Deletes what the import created, restores what it updated, removes the import. */
async function restore(em: EntityManager, importId: string | null): Promise<void> {
  await em.transactional(async (tx) => {
    if (importId) {
      await execute(tx, `delete from contact_activity where kind = 'imported' and payload->>'importId' = ?`, [importId]);
      await execute(tx, `delete from contact where id in (select contact_id from contact_import_row where import_id = ? and outcome = 'created')
                          and id not in (select id from bench_import_before)`, [importId]);
    }
    await execute(tx, `update contact c set first_name = b.first_name, last_name = b.last_name, patronymic = b.patronymic, gender = b.gender,
                         birth_date = b.birth_date, phones = b.phones, emails = b.emails, tags = b.tags, notes = b.notes, source = b.source,
                         contact_type = b.contact_type, version = b.version, sort_name = b.sort_name, search_doc = b.search_doc, updated_at = b.updated_at,
                         address_region = b.address_region, address_settlement = b.address_settlement, address_street = b.address_street
                         from bench_import_before b where c.id = b.id and c.version <> b.version`);
    if (importId) await execute(tx, 'delete from contact_import where id = ?', [importId]);
    await execute(tx, 'drop table bench_import_before');
  });
  // The deleted and restored rows leave most heap pages not all-visible: until a vacuum, smart-group
  // counts read the heap instead of their covering index (~1 s instead of ~0.15 s at 1M). Autovacuum
  // gets there a minute or two later; vacuuming now leaves the next measurement the table it found.
  await execute(em, 'vacuum contact');
}
