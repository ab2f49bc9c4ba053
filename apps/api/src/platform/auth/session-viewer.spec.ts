import { describe, expect, it, vi } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadViewer } from './session-viewer';
import { ViewerCache } from './viewer-cache';

interface FakeDatabase {
  em: EntityManager;
  statements: string[];
  /** Runs while the viewer statement is in flight, as a concurrent invalidation would. */
  duringRead?: () => void;
}

/** An EntityManager whose connection answers the viewer statement with `row` (or nothing). */
function fakeDatabase(row: Record<string, unknown> | null): FakeDatabase {
  const db: FakeDatabase = {
    statements: [],
    em: {
      getTransactionContext: () => undefined,
      getConnection: () => ({
        execute: async (sql: string) => {
          db.statements.push(sql);
          if (!sql.trimStart().startsWith('select')) return [];
          db.duringRead?.();
          return row ? [row] : [];
        },
      }),
    } as unknown as EntityManager,
  };
  return db;
}

const LIVE_ROW = {
  session_id: 's1',
  user_id: 'u1',
  contact_id: null,
  contact_path: null,
  expires_at: '2999-01-01 00:00:00.000000+00',
  stale: false,
  assignments: [{ role: 'manager', reach: 'SUBTREE', unitId: 'o1', unitPath: 'ua' }],
};

function listeningCache(): ViewerCache {
  const cache = new ViewerCache();
  cache.setListening(true);
  return cache;
}

describe('loadViewer with a cache', () => {
  it('reads a live session once, then answers from the cache', async () => {
    const db = fakeDatabase(LIVE_ROW);
    const cache = listeningCache();
    const first = await loadViewer(db.em, 'token', cache);
    const second = await loadViewer(db.em, 'token', cache);
    expect(first?.sessionId).toBe('s1');
    expect(second).toBe(first);
    expect(db.statements).toHaveLength(1);
  });

  it('does not cache an unknown token, so a session created later works at once', async () => {
    const db = fakeDatabase(null);
    const cache = listeningCache();
    expect(await loadViewer(db.em, 'token', cache)).toBeNull();
    expect(await loadViewer(db.em, 'token', cache)).toBeNull();
    expect(db.statements).toHaveLength(2);
    expect(cache.size).toBe(0);
  });

  it('does not keep a viewer read while an invalidation arrived', async () => {
    const db = fakeDatabase(LIVE_ROW);
    const cache = listeningCache();
    db.duringRead = () => cache.flush();
    expect(await loadViewer(db.em, 'token', cache)).not.toBeNull();
    db.duringRead = undefined;
    await loadViewer(db.em, 'token', cache);
    expect(db.statements).toHaveLength(2);
  });

  it("stops answering from the cache at the session's expiry, as the database returns it", async () => {
    vi.useFakeTimers({ now: new Date('2026-11-23T10:00:00Z') });
    try {
      const db = fakeDatabase({ ...LIVE_ROW, expires_at: '2026-11-23 10:00:01.5+00' });
      const cache = listeningCache();
      await loadViewer(db.em, 'token', cache);
      vi.advanceTimersByTime(1_499);
      await loadViewer(db.em, 'token', cache);
      expect(db.statements).toHaveLength(1);
      vi.advanceTimersByTime(1);
      await loadViewer(db.em, 'token', cache);
      expect(db.statements).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refreshes a stale last_seen_at on a miss', async () => {
    const db = fakeDatabase({ ...LIVE_ROW, stale: true });
    await loadViewer(db.em, 'token', listeningCache());
    expect(db.statements[1]).toMatch(/^update session set last_seen_at/);
  });
});
