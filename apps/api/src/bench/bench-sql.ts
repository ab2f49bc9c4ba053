import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { since, summarize, type LatencySummary } from './bench-stats';

/**
 * Records the SQL the API sends while a capture is open. Two taps, both no-ops otherwise:
 * - MikroORM's `onQuery` hook sees every statement with its parameters; formatted by the
 *   platform exactly as the connection formats it, that is the text PostgreSQL receives
 *   (MikroORM 6 inlines parameters and sends plain statements);
 * - the `onQuery` listener of `mikroOrmConfig` (the query logger, switched on only while
 *   capturing) counts every statement logged, transaction control included, as a check
 *   that the first tap missed nothing.
 */
export class SqlRecorder {
  private statements: string[] | null = null;
  private logged = 0;
  private orm: MikroORM | undefined;

  readonly onQuery = (sql: string, params: unknown[]): string => {
    if (this.statements && this.orm) this.statements.push(this.orm.em.getPlatform().formatQuery(sql, params));
    return sql;
  };

  readonly onLog = (message: string): void => {
    if (!this.statements || !message.includes('[query]')) return;
    this.logged += 1;
    // Transaction control does not pass the onQuery hook; it is replayed from the log.
    const control = /\[query\]\s*(begin|commit|rollback)\b/i.exec(message.replace(/\x1b\[[0-9;]*m/g, ''));
    if (control) this.statements.push(control[1].toLowerCase());
  };

  attach(orm: MikroORM): void {
    this.orm = orm;
    orm.config.getLogger().setDebugMode(false);
  }

  /** The statements `run` causes, in the order they were sent. */
  async capture(run: () => Promise<unknown>): Promise<string[]> {
    if (!this.orm) throw new Error('SqlRecorder is not attached to an ORM');
    const logger = this.orm.config.getLogger();
    this.statements = [];
    this.logged = 0;
    logger.setDebugMode(['query']);
    try {
      await run();
      const captured = this.statements;
      if (captured.length !== this.logged) {
        throw new Error(`SQL capture saw ${captured.length} statements but the query log ${this.logged}: the raw replay would not be like for like`);
      }
      return captured;
    } finally {
      logger.setDebugMode(false);
      this.statements = null;
    }
  }
}

/**
 * Runs one recorded statement. A statement the API ran under a time budget may be
 * cancelled here too, as it was there: that is part of the request, not a failure.
 */
export async function replayStatement(client: pg.Client | pg.PoolClient, sql: string): Promise<void> {
  try {
    await client.query(sql);
  } catch (error) {
    if ((error as { code?: string }).code !== '57014') throw error;
  }
}

/** Raw replay of one request: each variant's statements, and the time per statement. */
export interface RawResult {
  summary: LatencySummary;
  /** Mean ms per statement, per variant, in capture order. */
  statementMeans: number[][];
}

/**
 * Replays the captured statements with a bare pg client on one connection, one after the
 * other, like the API's request but without HTTP, GraphQL or the ORM. Variants rotate as
 * in the full-stack run.
 */
export async function replay(client: pg.Client, variants: readonly string[][], warmup: number, requests: number): Promise<RawResult> {
  const totals = variants.map((statements) => statements.map(() => 0));
  const runs = variants.map(() => 0);
  const samples: number[] = [];
  for (let i = 0; i < warmup + requests; i++) {
    const v = i % variants.length;
    const timed = i >= warmup;
    const started = performance.now();
    for (let k = 0; k < variants[v].length; k++) {
      const t = performance.now();
      await replayStatement(client, variants[v][k]);
      if (timed) totals[v][k] += since(t);
    }
    if (timed) {
      samples.push(since(started));
      runs[v] += 1;
    }
  }
  return { summary: summarize(samples), statementMeans: totals.map((t, v) => t.map((sum) => sum / Math.max(1, runs[v]))) };
}

/** The slowest statement of a replay: where the raw time goes. */
export function slowestStatement(variants: readonly string[][], raw: RawResult): { sql: string; meanMs: number; share: number } | null {
  let best: { sql: string; meanMs: number; share: number } | null = null;
  variants.forEach((statements, v) => {
    const means = raw.statementMeans[v];
    const total = means.reduce((a, b) => a + b, 0);
    statements.forEach((sql, k) => {
      if (!best || means[k] > best.meanMs) best = { sql, meanMs: means[k], share: total > 0 ? means[k] / total : 0 };
    });
  });
  return best;
}

export async function explainAnalyze(client: pg.Client, sql: string): Promise<string> {
  const res = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`);
  return res.rows.map((r) => r['QUERY PLAN']).join('\n');
}
