import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { viewerOfUser } from '../platform/auth/user-viewer';
import type { Viewer } from '../platform/auth/viewer';
import { execute } from '../platform/db/sql';
import { benchContactImport } from './bench-import';
import { timeDuplicateScans } from './bench-people-duplicates';
import { ensureBenchGroups, timeGroupCount, timeGroupExport } from './bench-people-groups';
import { ROLE_ACCOUNTS } from './bench-scenarios';
import { BenchSetupError, type DatasetFacts } from './bench-setup';
import { thousands } from './bench-stats';
import { measureDuesRollups } from './dues-bench';

/** The account that imports (the demo administrator: the whole organization is its write scope). */
export const IMPORT_ACCOUNT = 'admin@example.org';
export const IMPORT_ROWS = 100_000;
/** Counts are quick: this many timed per group, after a few untimed. */
const COUNT_RUNS = 30;
const COUNT_WARMUP = 3;
/** The issue's size of an export: a group of about 100K. */
const EXPORT_GROUP_SIZE = 100_000;

export interface PeopleOptions {
  /** Runs of each long operation (export, import, scan). */
  runs: number;
  timeZone: string;
  /** The organization's today, for the import's birth dates. */
  today: string;
  /** Data directory of a local PostgreSQL, to count its CPU during the imports. */
  dataDir?: string;
}

/** One operation measured `times.length` times; the verdict compares `stat` with `targetMs`. */
export interface PeopleResult {
  operation: string;
  /** What it ran on: the group, the region, the file. */
  subject: string;
  as: string;
  times: number[];
  stat: 'p95' | 'median';
  targetMs: number | null;
  /** CPU and the like, for the notes under the table. */
  note?: string;
}

type Progress = (message: string) => void;

/**
 * The people operations of issue 4, through the services the API calls, on the opened
 * database: smart-group counts, exports of a ~100K group, an import of 100K rows and the
 * duplicate scan of a ~50K region, and the org unit page's dues roll-ups (the charge run, which
 * writes, stays in dues-bench-cli). The groups are created if absent and removed after; the
 * imports put the database back (bench-import.ts); each scan, with the duplicates planted for
 * it, runs in a transaction that is rolled back.
 */
export async function measurePeopleOperations(orm: MikroORM, facts: DatasetFacts, options: PeopleOptions, progress: Progress): Promise<PeopleResult[]> {
  const em = orm.em.fork() as EntityManager;
  const national = await accountViewer(em, ROLE_ACCOUNTS.national.email);
  const as = ROLE_ACCOUNTS.national.label;
  const results: PeopleResult[] = [];
  const benchGroups = await ensureBenchGroups(em, facts.hqId, national.userId);
  try {
    const sizes = new Map<string, number>();
    for (const group of benchGroups.groups) {
      const { times, count } = await timeGroupCount(em, national, options.timeZone, group.id, COUNT_RUNS, COUNT_WARMUP);
      sizes.set(group.id, count);
      results.push({ operation: 'smart-group count', subject: `"${group.name}": ${thousands(count)}`, as, times, stat: 'p95', targetMs: 200 });
      progress(`  count ${group.name}: ${thousands(count)}`);
    }
    const exported = [...benchGroups.groups].sort((a, b) => Math.abs(sizes.get(a.id)! - EXPORT_GROUP_SIZE) - Math.abs(sizes.get(b.id)! - EXPORT_GROUP_SIZE))[0];
    for (const format of ['csv', 'xlsx'] as const) {
      const times: number[] = [];
      let megabytes = 0;
      for (let run = 0; run < options.runs; run += 1) {
        const one = await timeGroupExport(em, national, options.timeZone, exported.id, format);
        times.push(one.ms);
        megabytes = one.bytes / 2 ** 20;
        progress(`  export ${format}: ${thousands(one.rows)} rows, ${(one.ms / 1000).toFixed(1)} s`);
      }
      results.push({
        operation: `export, ${format.toUpperCase()}`, subject: `"${exported.name}": ${thousands(sizes.get(exported.id)!)} rows, ${megabytes.toFixed(1)} MB`,
        as, times, stat: 'median', targetMs: 30_000,
      });
    }
  } finally {
    await benchGroups.remove();
  }
  results.push(await measureImports(orm, options, progress));
  const scans = await timeDuplicateScans(em, national, options.runs, progress);
  results.push({
    operation: 'duplicate scan', subject: `${scans.region.name} region: ${thousands(scans.summary.contacts)} contacts (${thousands(scans.planted)} second records planted), ${thousands(scans.summary.pairs)} pairs`,
    as, times: scans.times, stat: 'median', targetMs: 30_000,
  });
  const year = options.today.slice(0, 4);
  for (const rollup of await measureDuesRollups(em, { runs: COUNT_RUNS, from: `${year}-01`, to: `${year}-12` })) {
    results.push({ operation: 'dues roll-up', subject: `${rollup.label}: ${rollup.units === 1 ? 'one unit' : `${rollup.units} units`}, this year by month`, as: 'administrator', times: rollup.samples, stat: 'p95', targetMs: null });
    progress(`  dues roll-up, ${rollup.label}: p95 ${rollup.latency.p95.toFixed(1)} ms`);
  }
  return results;
}

async function accountViewer(em: EntityManager, email: string): Promise<Viewer> {
  const [user] = await execute<{ id: string }>(em, 'select id from app_user where email = ?', [email]);
  const viewer = user ? await viewerOfUser(em, user.id) : null;
  if (!viewer) throw new BenchSetupError(`No account ${email}: seed the database with the demo organization (npm run seed).`);
  return viewer;
}

/** The import step of a generated 100K-row file (see bench-import.ts), `runs` times; each run puts the database back. */
async function measureImports(orm: MikroORM, options: PeopleOptions, progress: Progress): Promise<PeopleResult> {
  const times: number[] = [];
  const notes: string[] = [];
  let outcome = '';
  for (let run = 0; run < options.runs; run += 1) {
    const result = await benchContactImport(orm, { rows: IMPORT_ROWS, account: IMPORT_ACCOUNT, format: 'csv', updateShare: 0.1, today: options.today, dataDir: options.dataDir });
    times.push(result.import.ms);
    const { created, updated, errors } = result.import.counts;
    outcome = `${thousands(created)} created, ${thousands(updated)} updated, ${thousands(errors)} refused`;
    const db = result.import.dbCpuMs === null ? '' : `, PostgreSQL's processes ${(result.import.dbCpuMs / 1000).toFixed(1)} s`;
    notes.push(`${(result.import.ms / 1000).toFixed(1)} s (API CPU ${(result.import.nodeCpuMs / 1000).toFixed(1)} s${db}; check before it ${(result.check.ms / 1000).toFixed(1)} s)`);
    progress(`  import: ${notes.at(-1)}`);
  }
  return {
    operation: 'import, CSV (skip bad rows)', subject: `${thousands(IMPORT_ROWS)} rows over every branch: ${outcome}`, as: 'administrator',
    times, stat: 'median', targetMs: 60_000, note: `runs: ${notes.join('; ')}`,
  };
}
