import { CliArgsError, databaseNameArg, parseOptions, wholeNumberArg } from '../platform/cli/cli-args';

export type DatasetKind = 'demo' | 'large';

export interface BenchArgs {
  database: string;
  /** Seconds of the concurrent throughput run. */
  duration: number;
  /** Requests in flight during the throughput run. */
  concurrency: number;
  /** Timed requests per latency row (sequential). */
  requests: number;
  /** Untimed requests before each row. */
  warmup: number;
  /** Markdown file whose dataset section is replaced; undefined: print only. */
  output: string | undefined;
  /** Which section and targets; undefined: chosen from the number of contacts. */
  dataset: DatasetKind | undefined;
  /** Print the SQL each request kind runs. */
  showSql: boolean;
  help: boolean;
}

export const BENCH_USAGE = `Measures the API through the full stack (HTTP + GraphQL + ORM + PostgreSQL) and
the same SQL replayed with a bare pg client, on an already seeded database.

usage: node apps/api/dist/bench/bench-cli.js [options]
  --database NAME    database to measure (default hromada); embedded server unless DATABASE_URL
  --duration S       seconds of the concurrent throughput run (default 10)
  --concurrency N    requests in flight during the throughput run (default 16)
  --requests N       timed sequential requests per latency row, at least 200 (default 200)
  --warmup N         untimed requests before each row (default 20)
  --output FILE      write/update that dataset's section of FILE (e.g. docs/benchmarks.md)
  --dataset KIND     demo or large: section and targets (default: from the contact count)
  --show-sql         print the SQL statements each kind of request runs
  --help             show this text

Seed first, e.g.: npm run seed -- --contacts 1000000 --branches 5000 --database hromada_bench`;

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const values = parseOptions(argv, {
    database: { type: 'string' },
    duration: { type: 'string' },
    concurrency: { type: 'string' },
    requests: { type: 'string' },
    warmup: { type: 'string' },
    output: { type: 'string' },
    dataset: { type: 'string' },
    'show-sql': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  });
  const dataset = values.dataset;
  if (dataset !== undefined && dataset !== 'demo' && dataset !== 'large') {
    throw new CliArgsError(`--dataset must be "demo" or "large", got "${dataset}"`);
  }
  return {
    database: databaseNameArg(values.database),
    duration: wholeNumberArg('duration', values.duration, 10),
    concurrency: wholeNumberArg('concurrency', values.concurrency, 16),
    requests: wholeNumberArg('requests', values.requests, 200, 200),
    warmup: wholeNumberArg('warmup', values.warmup, 20, 0),
    output: values.output,
    dataset,
    showSql: values['show-sql'],
    help: values.help,
  };
}
