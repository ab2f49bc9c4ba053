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
  /** Also measure the people operations of issue 4 (counts, exports, import, duplicate scan). */
  people: boolean;
  /** Runs of each long people operation. */
  peopleRuns: number;
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
  --people           also time issue 4's people operations through their services: smart-group
                     counts, exports of ~100K rows, an import of 100K rows, a duplicate scan of
                     a ~50K region (about 8 more minutes at 1M); leaves the data as it was
  --people-runs N    runs of each export, import and scan (default 3)
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
    people: { type: 'boolean', default: false },
    'people-runs': { type: 'string' },
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
    people: values.people,
    peopleRuns: wholeNumberArg('people-runs', values['people-runs'], 3, 1, 20),
    help: values.help,
  };
}
