import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Viewer } from './viewer';
import { ViewerCache } from './viewer-cache';

const DAY_MS = 86_400_000;

function viewer(sessionId: string): Viewer {
  return new Viewer(`user-${sessionId}`, sessionId, null, null, [{ role: 'manager', reach: 'SUBTREE', unitId: 'u1', unitPath: 'ua' }]);
}

function listeningCache(options: ConstructorParameters<typeof ViewerCache>[0] = {}): ViewerCache {
  const cache = new ViewerCache(options);
  cache.setListening(true);
  return cache;
}

function store(cache: ViewerCache, tokenHash: string, sessionExpiresAt = new Date(Date.now() + DAY_MS)): Viewer {
  const v = viewer(`s-${tokenHash}`);
  cache.set(tokenHash, v, sessionExpiresAt, cache.generation());
  return v;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ViewerCache', () => {
  it('serves a stored viewer until the TTL has passed', () => {
    const cache = listeningCache({ ttlMs: 1_000 });
    const stored = store(cache, 'a');
    vi.advanceTimersByTime(999);
    expect(cache.get('a')).toBe(stored);
    vi.advanceTimersByTime(1);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('stops serving a viewer when its session expires, even within the TTL', () => {
    const cache = listeningCache({ ttlMs: 30_000 });
    store(cache, 'a', new Date(Date.now() + 5_000));
    vi.advanceTimersByTime(4_999);
    expect(cache.get('a')).toBeDefined();
    vi.advanceTimersByTime(1);
    expect(cache.get('a')).toBeUndefined();
  });

  it('neither stores nor serves while the listener is down, and forgets everything when it drops', () => {
    const cache = new ViewerCache();
    store(cache, 'before');
    expect(cache.get('before')).toBeUndefined();
    expect(cache.size).toBe(0);

    cache.setListening(true);
    store(cache, 'a');
    expect(cache.get('a')).toBeDefined();
    cache.setListening(false);
    expect(cache.get('a')).toBeUndefined();
    cache.setListening(true);
    expect(cache.get('a')).toBeUndefined();
  });

  it('holds at most maxEntries, dropping the oldest first', () => {
    const cache = listeningCache({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd']) store(cache, key);
    expect(cache.size).toBe(3);
    expect(cache.get('a')).toBeUndefined();
    expect(['b', 'c', 'd'].map((key) => cache.get(key) !== undefined)).toEqual([true, true, true]);
    // Storing again makes an entry the newest.
    store(cache, 'b');
    store(cache, 'e');
    expect(cache.get('c')).toBeUndefined();
    expect(cache.get('b')).toBeDefined();
  });

  it('does not store a read that an invalidation overtook', () => {
    const cache = listeningCache();
    const readAt = cache.generation();
    cache.flush();
    cache.set('a', viewer('s1'), new Date(Date.now() + DAY_MS), readAt);
    expect(cache.get('a')).toBeUndefined();

    const readBeforeLogout = cache.generation();
    cache.forgetSession('s2');
    cache.set('b', viewer('s2'), new Date(Date.now() + DAY_MS), readBeforeLogout);
    expect(cache.get('b')).toBeUndefined();
  });

  it('forgets one session on logout and keeps the others', () => {
    const cache = listeningCache();
    store(cache, 'a');
    store(cache, 'b');
    cache.forgetSession('s-a');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBeDefined();
  });

  it('forgets everything on flush', () => {
    const cache = listeningCache();
    store(cache, 'a');
    store(cache, 'b');
    cache.flush();
    expect(cache.size).toBe(0);
  });
});
