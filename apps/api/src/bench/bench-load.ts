import path from 'node:path';
import { fork } from 'node:child_process';
import pg from 'pg';
import { GqlClient, type GqlRequest } from './bench-http';
import { since, summarize, type LatencySummary } from './bench-stats';
import { replayStatement } from './bench-sql';

export interface LoadResult {
  concurrency: number;
  seconds: number;
  completed: number;
  /** Requests answered including the untimed ramp: the denominator for CPU per request. */
  answered: number;
  errors: number;
  perSecond: number;
  latency: LatencySummary;
  /** The first error seen, to say what went wrong. */
  firstError: string | undefined;
}

/**
 * `concurrency` workers, each sending its next request as soon as the previous one
 * answers, for `seconds`; requests rotate over `jobs`. A job returns an error message
 * or undefined. The first `warmupSeconds` are not counted.
 */
export async function closedLoop(
  jobs: readonly (() => Promise<string | undefined>)[],
  concurrency: number,
  seconds: number,
  warmupSeconds: number,
): Promise<LoadResult> {
  let next = 0;
  let answered = 0;
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const warmupEnds = performance.now() + warmupSeconds * 1000;
  const deadline = warmupEnds + seconds * 1000;
  let measuredEnd = warmupEnds;

  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const job = jobs[next++ % jobs.length];
      const started = performance.now();
      let failure: string | undefined;
      try {
        failure = await job();
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      const ended = performance.now();
      answered += 1;
      if (started < warmupEnds) continue;
      measuredEnd = Math.max(measuredEnd, ended);
      if (failure) {
        errors += 1;
        firstError ??= failure;
      } else {
        samples.push(ended - started);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  const elapsed = (measuredEnd - warmupEnds) / 1000;
  return {
    concurrency,
    seconds: elapsed,
    completed: samples.length,
    answered,
    errors,
    perSecond: elapsed > 0 ? samples.length / elapsed : 0,
    latency: summarize(samples),
    firstError,
  };
}

export interface HttpLoadJob {
  url: string;
  requests: GqlRequest[];
  concurrency: number;
  seconds: number;
}

/** Runs in the load worker: concurrent requests through HTTP; a non-200 or GraphQL error counts as an error. */
export async function runHttpLoad(job: HttpLoadJob): Promise<LoadResult> {
  const client = new GqlClient(job.url, job.concurrency);
  try {
    const jobs = job.requests.map((request) => async () => {
      const res = await client.post(request);
      if (res.status !== 200) return `HTTP ${res.status}`;
      if (res.errors?.length) return res.errors.map((e) => e.message).join('; ');
      return undefined;
    });
    return await closedLoop(jobs, job.concurrency, job.seconds, Math.min(2, job.seconds / 5));
  } finally {
    client.close();
  }
}

/**
 * The throughput run, from a child process: like a real client, its JavaScript (serializing,
 * parsing, timing) and its garbage collection share the machine's cores with the server but
 * not the server's process (a worker thread would share V8's helper threads and libuv pool).
 */
export function httpLoad(job: HttpLoadJob): Promise<LoadResult> {
  return new Promise<LoadResult>((resolve, reject) => {
    const child = fork(path.join(__dirname, 'bench-load-worker.js'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: LoadResult | undefined;
    child.once('message', (message: LoadResult) => {
      result = message;
    });
    child.once('error', reject);
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`load process exited with ${code} and no result`))));
    child.send(job);
  });
}

/**
 * The same requests' SQL from a plain pg pool of the API's size: how many of them bare
 * PostgreSQL answers per second on this machine, with each request's statements in order.
 */
export async function rawLoad(url: string, variants: readonly string[][], concurrency: number, poolSize: number, seconds: number): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: url, max: Math.min(concurrency, poolSize) });
  try {
    const jobs = variants.map((statements) => async () => {
      const conn = await pool.connect();
      try {
        for (const sql of statements) await replayStatement(conn, sql);
      } finally {
        conn.release();
      }
      return undefined;
    });
    return await closedLoop(jobs, concurrency, seconds, Math.min(2, seconds / 5));
  } finally {
    await pool.end();
  }
}

/** `warmup` untimed then `requests` timed calls, one at a time; `run` gets the call's index (for rotation). */
export async function timeSequential(run: (i: number) => Promise<unknown>, warmup: number, requests: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await run(i);
  const samples: number[] = [];
  for (let i = warmup; i < warmup + requests; i++) {
    const started = performance.now();
    await run(i);
    samples.push(since(started));
  }
  return samples;
}
