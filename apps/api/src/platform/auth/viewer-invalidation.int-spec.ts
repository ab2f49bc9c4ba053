import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../db/sql';
import { createLogger } from '../logging/logger';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { ViewerCache } from './viewer-cache';
import { LISTENER_APPLICATION_NAME, VIEWER_CHANNEL, ViewerInvalidationListener, type ListenerDeps } from './viewer-invalidation';

let db: FreshDatabase;
const started: ViewerInvalidationListener[] = [];

beforeAll(async () => {
  db = await createFreshDatabase('viewer_listener');
});

afterEach(async () => {
  await Promise.all(started.splice(0).map((listener) => listener.stop()));
});

afterAll(async () => {
  await db?.drop();
});

const notifyThroughPool: ListenerDeps['notify'] = async (payload) => {
  await execute(db.orm.em.fork(), 'select pg_notify(?, ?)', [VIEWER_CHANNEL, payload]);
};

function listen(deps: Partial<ListenerDeps> = {}, timings = {}): { cache: ViewerCache; listener: ViewerInvalidationListener } {
  const cache = new ViewerCache();
  const listener = new ViewerInvalidationListener(
    { connectionString: db.url, cache, log: createLogger('silent'), notify: notifyThroughPool, ...deps },
    { reconnectMinMs: 60_000, ...timings },
  );
  started.push(listener);
  return { cache, listener };
}

describe('ViewerInvalidationListener', () => {
  it('enables the cache once connected and flushes it on every notification', async () => {
    const { cache, listener } = listen();
    await listener.start();
    expect(cache.listening).toBe(true);
    const readAt = cache.generation();
    await execute(db.orm.em.fork(), `select pg_notify(?, '*')`, [VIEWER_CHANNEL]);
    await expect.poll(() => cache.generation(), { timeout: 2_000, interval: 5 }).toBeGreaterThan(readAt);
  });

  it('keeps the cache disabled when it cannot LISTEN', async () => {
    const unknownDatabase = new URL(db.url);
    unknownDatabase.pathname = '/hromada_no_such_database';
    const { cache, listener } = listen({ connectionString: unknownDatabase.toString() });
    await listener.start();
    expect(cache.listening).toBe(false);
  });

  it('keeps the cache disabled when its notifications never arrive, as behind a pooler in transaction mode', async () => {
    const { cache, listener } = listen({ notify: async () => undefined }, { probeTimeoutMs: 100 });
    await listener.start();
    expect(cache.listening).toBe(false);
  });

  it('reconnects with backoff after the connection is killed, and flushes before enabling again', async () => {
    const { cache, listener } = listen({}, { reconnectMinMs: 50 });
    await listener.start();
    const readBeforeOutage = cache.generation();
    await execute(db.orm.em.fork(), `select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'listen%' and datname = current_database()`);
    await expect.poll(() => cache.listening, { timeout: 1_000, interval: 5 }).toBe(false);
    await expect.poll(() => cache.listening, { timeout: 2_000, interval: 5 }).toBe(true);
    expect(cache.generation()).toBeGreaterThan(readBeforeOutage);
  });

  it('stops while still probing: the start settles at once, the connection closes and no retry follows', async () => {
    const connections = async () => {
      const [row] = await execute<{ n: number }>(
        db.orm.em.fork(),
        `select count(*)::int as n from pg_stat_activity where application_name = ? and datname = current_database()`,
        [LISTENER_APPLICATION_NAME],
      );
      return row.n;
    };
    const { cache, listener } = listen({ notify: async () => undefined }, { probeTimeoutMs: 30_000, reconnectMinMs: 10 });
    const starting = listener.start();
    await expect.poll(connections, { timeout: 2_000, interval: 5 }).toBe(1);
    const stoppedAt = Date.now();
    await listener.stop();
    await starting;
    expect(Date.now() - stoppedAt).toBeLessThan(1_000);
    await expect.poll(connections, { timeout: 2_000, interval: 5 }).toBe(0);
    // Ten times the reconnect delay: a retry scheduled despite the stop would be connected by now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await connections()).toBe(0);
    expect(cache.listening).toBe(false);
  });
});
