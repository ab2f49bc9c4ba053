import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../config';
import { JobQueue } from '../jobs/job-queue';
import { createContext } from '../../context';
import { AuthService } from '../../modules/auth/auth.service';
import { mikroOrmConfig } from '../db/mikro-orm.config';
import { execute } from '../db/sql';
import { createLogger } from '../logging/logger';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type Tree } from '../../test-support/tree-fixture';
import { hashSessionToken, newSessionToken } from './session-token';
import { ViewerCache } from './viewer-cache';

/** Two API processes on one database: A on the fresh database's ORM, B on an ORM of its own. */
let db: FreshDatabase;
let ormB: MikroORM;
const queriesB: string[] = [];
let serverA: TestServer;
let serverB: TestServer;
let tree: Tree;

/** B waits longer before reconnecting, so a test can act while its listener is down, even on a busy machine. */
const B_RECONNECT_MS = 4_000;
/** How long another process may take to see a committed change. */
const PROPAGATION = { timeout: 2_000, interval: 20 };

const ME = `{ me { id roles { role reach } } }`;
const LOGOUT = `mutation { logout }`;
type Me = { me: { id: string; roles: { role: string; reach: string }[] } | null };

beforeAll(async () => {
  db = await createFreshDatabase('viewer_cache');
  tree = await buildTree(db.orm.em.fork(), [2], 1, 'ua');
  ormB = await MikroORM.init(mikroOrmConfig(db.url, 4, (sql) => queriesB.push(sql)));
  serverA = await startTestServer(db.orm);
  serverB = await startTestServer(ormB, {}, { reconnectMinMs: B_RECONNECT_MS });
});

afterAll(async () => {
  await serverA?.close();
  await serverB?.close();
  await ormB?.close(true);
  await db?.drop();
});

function viewerStatements(queries: string[]): number {
  return queries.filter((q) => q.includes('from session s')).length;
}

async function newMember(): Promise<{ userId: string; token: string }> {
  return createUserWithSession(db.orm.em.fork(), {
    email: `${randomUUID()}@test.org`,
    assignments: [{ role: 'manager', reach: 'SUBTREE', unitId: tree.units[1].id }],
  });
}

async function me(server: TestServer, token: string): Promise<Me['me']> {
  const res = await server.gql<Me>(ME, {}, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.me;
}

/** Signs in on B twice and checks that the second request came from B's cache. */
async function cachedOnB(token: string): Promise<void> {
  expect(await me(serverB, token)).not.toBeNull();
  queriesB.length = 0;
  expect(await me(serverB, token)).not.toBeNull();
  expect(viewerStatements(queriesB)).toBe(0);
}

describe('viewer cache', () => {
  it('runs no viewer statement for the second request with the same token', async () => {
    const { token } = await newMember();
    db.queries.length = 0;
    expect(await me(serverA, token)).not.toBeNull();
    expect(viewerStatements(db.queries)).toBe(1);
    db.queries.length = 0;
    expect(await me(serverA, token)).not.toBeNull();
    expect(viewerStatements(db.queries)).toBe(0);
  });

  it('does not remember an unknown token, so a session created afterwards works at once', async () => {
    const { userId } = await newMember();
    const token = newSessionToken();
    expect(await me(serverA, token)).toBeNull();
    await execute(db.orm.em.fork(), `insert into session (id, token_hash, user_id, expires_at) values (?, ?, ?, now() + interval '1 day')`, [
      randomUUID(), hashSessionToken(token), userId,
    ]);
    expect(await me(serverA, token)).not.toBeNull();
  });

  it('refuses a token on B soon after it was signed out through A', async () => {
    const { token } = await newMember();
    await cachedOnB(token);
    expect(await me(serverA, token)).not.toBeNull();
    const out = await serverA.gql(LOGOUT, {}, { token });
    expect(out.data).toEqual({ logout: true });
    expect(await me(serverA, token)).toBeNull();
    await expect.poll(() => me(serverB, token), PROPAGATION).toBeNull();
  });

  it("drops the session from its own process's cache before logout returns", async () => {
    const { token } = await newMember();
    // No listener: only the logout itself can remove the entry.
    const cache = new ViewerCache();
    cache.setListening(true);
    const req = { headers: { authorization: `Bearer ${token}` }, ip: '127.0.0.1' } as unknown as Request;
    const res = { getHeader: () => undefined } as unknown as Response;
    const ctx = createContext({ orm: db.orm, config: readConfig(), log: createLogger('silent'), viewerCache: cache, jobs: new JobQueue(db.orm, createLogger('silent')) }, req, res);
    await ctx.authenticate();
    expect(ctx.viewer).not.toBeNull();
    expect(cache.get(hashSessionToken(token))).toBe(ctx.viewer);
    await new AuthService(ctx).logout();
    expect(cache.get(hashSessionToken(token))).toBeUndefined();
  });

  it("shows B a role assignment changed or removed by SQL", async () => {
    const { userId, token } = await newMember();
    await cachedOnB(token);
    await execute(db.orm.em.fork(), `update role_assignment set reach = 'UNIT' where user_id = ?`, [userId]);
    await expect.poll(async () => (await me(serverB, token))!.roles, PROPAGATION).toEqual([{ role: 'manager', reach: 'UNIT' }]);
    await cachedOnB(token);
    await execute(db.orm.em.fork(), 'delete from role_assignment where user_id = ?', [userId]);
    await expect.poll(async () => (await me(serverB, token))!.roles, PROPAGATION).toEqual([]);
  });
});

describe('viewer cache without its listener', () => {
  it('reads every session from the database while the listener is down, and caches again once it is back', async () => {
    const revoked = await newMember();
    const { token } = await newMember();
    await cachedOnB(revoked.token);

    const terminated = await execute(
      db.orm.em.fork(),
      `select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'listen%' and datname = current_database()`,
    );
    expect(terminated).toHaveLength(2);
    await expect.poll(() => serverB.viewerCache.listening, { timeout: 1_000, interval: 5 }).toBe(false);

    // Nothing can reach B now, so only its database read can see this revocation.
    await execute(db.orm.em.fork(), 'update session set revoked_at = now() where token_hash = ?', [hashSessionToken(revoked.token)]);
    expect(await me(serverB, revoked.token)).toBeNull();
    queriesB.length = 0;
    expect(await me(serverB, token)).not.toBeNull();
    expect(await me(serverB, token)).not.toBeNull();
    expect(viewerStatements(queriesB)).toBe(2);
    expect(serverB.viewerCache.listening).toBe(false);

    await expect.poll(() => serverB.viewerCache.listening, { timeout: B_RECONNECT_MS + 2_000, interval: 20 }).toBe(true);
    await cachedOnB(token);
  });

  it('ends its listener connection when the app closes', async () => {
    const listeners = async () => {
      const [row] = await execute<{ n: number }>(
        db.orm.em.fork(),
        `select count(*)::int as n from pg_stat_activity where application_name = 'hromada-viewer-listener' and datname = current_database()`,
      );
      return row.n;
    };
    await expect.poll(listeners, PROPAGATION).toBe(2);
    const extra = await startTestServer(db.orm);
    expect(await listeners()).toBe(3);
    await extra.close();
    await expect.poll(listeners, PROPAGATION).toBe(2);
  });
});
