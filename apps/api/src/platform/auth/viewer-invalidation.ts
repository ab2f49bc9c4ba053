import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../logging/logger';
import type { ViewerCache } from './viewer-cache';

/** The channel the viewer triggers notify (migration Migration20261123100000_viewer_notify). */
export const VIEWER_CHANNEL = 'hromada_viewer';
export const LISTENER_APPLICATION_NAME = 'hromada-viewer-listener';
const PROBE_PREFIX = 'probe:';

export interface ListenerTimings {
  /** Delay before the first reconnect; it doubles per failed attempt up to the maximum. */
  reconnectMinMs: number;
  reconnectMaxMs: number;
  /** How long our own test notification may take to come back before we count as deaf. */
  probeTimeoutMs: number;
}

export const DEFAULT_LISTENER_TIMINGS: ListenerTimings = { reconnectMinMs: 500, reconnectMaxMs: 10_000, probeTimeoutMs: 3_000 };

export interface ListenerDeps {
  connectionString: string;
  cache: ViewerCache;
  log: Logger;
  /**
   * Sends a notification on VIEWER_CHANNEL the way other processes' changes arrive: over
   * the ORM's pool, not the listening connection.
   */
  notify(payload: string): Promise<void>;
}

interface ProbeWait {
  payload: string;
  arrived(): void;
  abandon(error: Error): void;
}

/**
 * Keeps one connection LISTENing on VIEWER_CHANNEL and flushes the viewer cache on every
 * notification. The cache is enabled only after a test notification sent through the pool
 * has come back: behind a pooler in transaction mode LISTEN succeeds but nothing is ever
 * delivered, and that must leave the cache disabled, not trusted. On any error the cache is
 * disabled at once and the listener reconnects with backoff.
 */
export class ViewerInvalidationListener {
  private readonly timings: ListenerTimings;
  private client: pg.Client | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelayMs: number;
  private probeWait: ProbeWait | null = null;
  private outageReported = false;
  private stopped = false;

  constructor(
    private readonly deps: ListenerDeps,
    timings: Partial<ListenerTimings> = {},
  ) {
    this.timings = { ...DEFAULT_LISTENER_TIMINGS, ...timings };
    this.retryDelayMs = this.timings.reconnectMinMs;
  }

  /** Resolves once the first attempt has connected or failed; never rejects. */
  start(): Promise<void> {
    return this.connect();
  }

  /** Closes the connection and cancels retries; the cache stays disabled. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.probeWait?.abandon(new Error('listener stopped'));
    this.deps.cache.setListening(false);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    this.retryTimer = null;
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.deps.connectionString,
      application_name: LISTENER_APPLICATION_NAME,
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
    });
    this.client = client;
    client.on('notification', (message) => this.received(message.payload ?? ''));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${VIEWER_CHANNEL}`);
      await this.probe();
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.client !== client) return;
    this.retryDelayMs = this.timings.reconnectMinMs;
    this.outageReported = false;
    this.deps.cache.setListening(true);
    this.deps.log.info({ channel: VIEWER_CHANNEL }, 'viewer cache enabled: listening for invalidations');
  }

  private received(payload: string): void {
    if (!payload.startsWith(PROBE_PREFIX)) {
      this.deps.cache.flush();
    } else if (this.probeWait?.payload === payload) {
      this.probeWait.arrived();
    }
  }

  /** Round trip of a notification from the pool to this connection. */
  private async probe(): Promise<void> {
    const payload = `${PROBE_PREFIX}${randomUUID()}`;
    const { probeTimeoutMs } = this.timings;
    const arrival = new Promise<void>((resolve, reject) => {
      const message = `own notification not delivered within ${probeTimeoutMs} ms (a pooler in transaction mode never delivers them)`;
      const timer = setTimeout(() => reject(new Error(message)), probeTimeoutMs);
      timer.unref();
      this.probeWait = {
        payload,
        arrived: () => {
          clearTimeout(timer);
          resolve();
        },
        abandon: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
    try {
      await Promise.all([arrival, this.deps.notify(payload)]);
    } finally {
      this.probeWait?.abandon(new Error('probe over'));
      this.probeWait = null;
    }
  }

  /** Called once per failed or broken connection (later events of the same client are ignored). */
  private lost(client: pg.Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    this.probeWait?.abandon(new Error('connection lost'));
    this.deps.cache.setListening(false);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    const context = { err: error, retryInMs: this.retryDelayMs };
    if (this.outageReported) {
      this.deps.log.debug(context, 'viewer cache listener still down');
    } else {
      this.outageReported = true;
      this.deps.log.warn(context, 'viewer cache disabled: invalidation listener is down, every request reads its session');
    }
    this.retryTimer = setTimeout(() => void this.connect(), this.retryDelayMs);
    this.retryTimer.unref();
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, this.timings.reconnectMaxMs);
  }
}
