import type { Viewer } from './viewer';

export interface ViewerCacheOptions {
  /** How long an entry is trusted; invalidations normally remove it much sooner. */
  ttlMs?: number;
  maxEntries?: number;
}

interface Entry {
  viewer: Viewer;
  storedAt: number;
  sessionExpiresAt: number;
}

/**
 * Viewers by session-token hash, so most authenticated requests skip the session statement.
 * Entries are trusted only while the invalidation listener is connected (`listening`), for
 * at most `ttlMs`, and never past the session's own expiry. Only live sessions are stored:
 * an unknown token is read again each time, so a session created elsewhere works at once.
 *
 * Every invalidation advances a generation. A caller takes the generation before reading
 * the database and hands it back to `set`, so a read that an invalidation overtook (the
 * change committed while the statement ran) is answered but not stored.
 */
export class ViewerCache {
  readonly ttlMs: number;
  readonly maxEntries: number;
  private readonly entries = new Map<string, Entry>();
  private currentGeneration = 0;
  private listenerConnected = false;

  constructor(options: ViewerCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  get listening(): boolean {
    return this.listenerConnected;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached viewer, or undefined when it must be read from the database. */
  get(tokenHash: string): Viewer | undefined {
    if (!this.listenerConnected) return undefined;
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    const now = Date.now();
    if (now - entry.storedAt >= this.ttlMs || now >= entry.sessionExpiresAt) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.viewer;
  }

  /** Take before reading the database; pass to `set`. */
  generation(): number {
    return this.currentGeneration;
  }

  set(tokenHash: string, viewer: Viewer, sessionExpiresAt: Date, readAtGeneration: number): void {
    if (!this.listenerConnected || readAtGeneration !== this.currentGeneration) return;
    // Re-inserting moves the key to the end, so the first key is always the oldest entry.
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, { viewer, storedAt: Date.now(), sessionExpiresAt: sessionExpiresAt.getTime() });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  /** Something a viewer is made of changed somewhere: forget everything. */
  flush(): void {
    this.entries.clear();
    this.currentGeneration += 1;
  }

  /** Drops a session this process just revoked, without waiting for the notification. */
  forgetSession(sessionId: string): void {
    this.currentGeneration += 1;
    for (const [tokenHash, entry] of this.entries) {
      if (entry.viewer.sessionId === sessionId) this.entries.delete(tokenHash);
    }
  }

  /**
   * The listener reports whether invalidations reach this process. Either way the entries
   * go: while it was down changes went unseen, and while it is down nothing may be trusted.
   */
  setListening(connected: boolean): void {
    this.flush();
    this.listenerConnected = connected;
  }
}
