import 'reflect-metadata';
import { isMonthPeriod } from '@hromada/shared';
import { readConfig } from '../config';
import { CliArgsError, databaseNameArg, parseOptions, wholeNumberArg } from '../platform/cli/cli-args';
import { runCli } from '../platform/cli/run-cli';
import { createLogger } from '../platform/logging/logger';
import { ms, thousands } from './bench-stats';
import { openBenchDatabase } from './bench-setup';
import { measureChargeRun, measureDuesRollups } from './dues-bench';

interface DuesBenchArgs {
  database: string;
  runs: number;
  chargeMonth: string | undefined;
  help: boolean;
}

const USAGE = `Measures dues at scale on a seeded database: the org unit roll-ups, and the
charge run for a month when asked (it writes charges: use a bench database).

usage: node apps/api/dist/bench/dues-bench-cli.js [options]
  --database NAME       database to measure (default hromada); embedded server unless DATABASE_URL
  --runs N              timed runs per roll-up (default 50)
  --charge-month YYYY-MM  also run the charge run for that month and time it
  --help                show this text`;

function parse(argv: readonly string[]): DuesBenchArgs {
  const values = parseOptions(argv, {
    database: { type: 'string' },
    runs: { type: 'string' },
    'charge-month': { type: 'string' },
    help: { type: 'boolean', default: false },
  });
  const chargeMonth = values['charge-month'];
  if (chargeMonth !== undefined && !isMonthPeriod(chargeMonth)) throw new CliArgsError(`--charge-month must be YYYY-MM, got "${chargeMonth}"`);
  return { database: databaseNameArg(values.database), runs: wholeNumberArg('runs', values.runs, 50), chargeMonth, help: values.help };
}

async function run(args: DuesBenchArgs): Promise<number> {
  const db = await openBenchDatabase(readConfig(), createLogger('warn'), args.database);
  try {
    const em = db.orm.em.fork();
    if (args.chargeMonth) {
      const result = await measureChargeRun(em, args.chargeMonth);
      console.log(`charge run ${result.month}: ${thousands(result.charged)} charges in ${result.batches} batches, ${(result.ms / 1000).toFixed(1)} s`);
    }
    const year = new Date().getUTCFullYear();
    for (const row of await measureDuesRollups(em, { runs: args.runs, from: `${year}-01`, to: `${year}-12` })) {
      console.log(`roll-up, ${row.label} (${row.units} units): p50 ${ms(row.latency.p50)} ms, p95 ${ms(row.latency.p95)} ms`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

runCli({ usage: USAGE, parse, run });
