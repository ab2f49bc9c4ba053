import http from 'node:http';
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import pino from 'pino';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { createApp, type App } from '../app';
import type { AppConfig } from '../config';
import type { Logger } from '../platform/logging/logger';
import { hashSessionToken, newSessionToken } from '../platform/auth/session-token';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../platform/db/embedded-postgres';
import { mikroOrmConfig } from '../platform/db/mikro-orm.config';
import { execute, pgArray } from '../platform/db/sql';
import { isDatabaseSeeded } from '../platform/db/seed/seed';
import { SqlRecorder } from './bench-sql';

/** Same pool size as the server started by `npm start`. */
const POOL_MAX = 20;

/** A refusal the CLI prints as is, without a stack trace. */
export class BenchSetupError extends Error {}

export interface BenchDatabase {
  orm: MikroORM;
  url: string;
  recorder: SqlRecorder;
  close(): Promise<void>;
}

function notSeeded(name: string, why: string): BenchSetupError {
  return new BenchSetupError(
    `Database "${name}" ${why}: there is nothing to measure. Load an organization first:\n` +
      `  npm start                     (once: creates and seeds "hromada" with the demo data, 50K contacts)\n` +
      `  npm run seed -- --database ${name} --contacts 1000000 --branches 5000 --reset\n` +
      `With DATABASE_URL unset both use the embedded server under HROMADA_DATA_DIR (default .data).`,
  );
}

async function databaseExists(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    return (found.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/**
 * Opens an existing, seeded database like `openDatabase` does (embedded cluster unless
 * DATABASE_URL, pending migrations applied), with the SQL recorder wired into the ORM.
 * Never creates a database: an empty one is refused.
 */
export async function openBenchDatabase(config: AppConfig, log: Logger, name: string): Promise<BenchDatabase> {
  let cluster: EmbeddedCluster | undefined;
  let url: string;
  if (config.databaseUrl) {
    const u = new URL(config.databaseUrl);
    u.pathname = `/${name}`;
    url = u.toString();
  } else {
    try {
      cluster = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log });
    } catch (error) {
      // embedded-postgres rejects without a reason when the server exits at once (port or data directory in use).
      throw new BenchSetupError(
        `Could not start the embedded PostgreSQL (data ${config.dataDir}, port ${config.embeddedPgPort})` +
          `${error ? `: ${error instanceof Error ? error.message : String(error)}` : ''}.\n` +
          'Is another server using it (npm start, a seed or another bench)? Stop it first, or set HROMADA_DATA_DIR / EMBEDDED_PG_PORT, or DATABASE_URL.',
      );
    }
    url = cluster.url(name);
  }
  let orm: MikroORM | undefined;
  try {
    if (!(await databaseExists(url))) throw notSeeded(name, 'does not exist');
    const recorder = new SqlRecorder();
    orm = await MikroORM.init({ ...mikroOrmConfig(url, POOL_MAX, recorder.onLog), onQuery: recorder.onQuery });
    recorder.attach(orm);
    await orm.getMigrator().up();
    if (!(await isDatabaseSeeded(orm.em.fork()))) throw notSeeded(name, 'holds no organization');
    const opened = orm;
    return {
      orm: opened,
      url,
      recorder,
      close: async () => {
        await opened.close(true);
        await cluster?.stop();
      },
    };
  } catch (error) {
    await orm?.close(true);
    await cluster?.stop();
    throw error;
  }
}

export interface BenchSessions {
  tokens: Map<string, string>;
  remove(): Promise<void>;
}

/** Live sessions for existing accounts, inserted directly (no argon2 in the measurement). */
export async function createSessions(em: EntityManager, emails: readonly string[]): Promise<BenchSessions> {
  const users = await execute<{ id: string; email: string }>(em, 'select id, email from app_user where email = any(?::text[]) and disabled_at is null', [pgArray(emails)]);
  const missing = emails.filter((e) => !users.some((u) => u.email === e));
  if (missing.length) {
    throw new BenchSetupError(`The database has no demo account ${missing.join(', ')}: seed it with the demo organization (npm run seed).`);
  }
  const tokens = new Map<string, string>();
  const ids: string[] = [];
  for (const user of users) {
    const token = newSessionToken();
    const id = randomUUID();
    await execute(em, `insert into session (id, token_hash, user_id, expires_at, user_agent) values (?, ?, ?, now() + interval '1 day', 'hromada-bench')`, [
      id, hashSessionToken(token), user.id,
    ]);
    tokens.set(user.email, token);
    ids.push(id);
  }
  return {
    tokens,
    remove: async () => {
      await execute(em, 'delete from session where id = any(?::uuid[])', [pgArray(ids)]);
    },
  };
}

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The real HTTP app in-process on an ephemeral port. Its request log is written as in
 * production (one JSON line per request, synchronously) but to the null device.
 */
export async function startServer(orm: MikroORM, config: AppConfig): Promise<BenchServer> {
  const log = pino({ level: 'info', base: { service: 'hromada-api' }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: os.devNull, sync: true }));
  const app: App = await createApp({ orm, config, log });
  const server = http.createServer(app.express);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}

export interface DatasetFacts {
  contacts: number;
  units: number;
  branches: number;
  /** Server version and shared_buffers, as the report shows them. */
  postgres: string;
  hqId: string;
  regionId: string;
  districtIds: string[];
}

/** What the database holds, and the units the drill-down rows open. */
export async function datasetFacts(em: EntityManager, regionCode: string): Promise<DatasetFacts> {
  const [counts] = await execute<{ contacts: string; units: string; branches: string; postgres: string }>(
    em,
    `select (select sum(c.subtree_contacts) from org_unit u join org_unit_counter c on c.org_unit_id = u.id where u.parent_id is null) as contacts,
            (select count(*) from org_unit) as units,
            (select count(*) from org_unit where kind = 'branch') as branches,
            current_setting('server_version') || ' (shared_buffers ' || current_setting('shared_buffers') || ')' as postgres`,
  );
  const [hq] = await execute<{ id: string }>(em, `select id from org_unit where parent_id is null order by path limit 1`);
  const [region] = await execute<{ id: string }>(em, 'select id from org_unit where code = ?', [regionCode]);
  if (!hq || !region) throw new BenchSetupError(`The database has no HQ or no region ${regionCode}: seed it with the demo organization (npm run seed).`);
  const districts = await execute<{ id: string }>(em, `select id from org_unit where parent_id = ? and kind = 'district' order by code limit 8`, [region.id]);
  if (districts.length === 0) throw new BenchSetupError(`Region ${regionCode} has no districts: seed it with the demo organization (npm run seed).`);
  return {
    contacts: Number(counts.contacts ?? 0),
    units: Number(counts.units),
    branches: Number(counts.branches),
    postgres: counts.postgres,
    hqId: hq.id,
    regionId: region.id,
    districtIds: districts.map((d) => d.id),
  };
}
