import 'reflect-metadata';
import os from 'node:os';
import { calendarDateIn } from '@hromada/shared';
import { readConfig } from '../config';
import { createLogger } from '../platform/logging/logger';
import { databaseNameArg, parseOptions, wholeNumberArg, CliArgsError } from '../platform/cli/cli-args';
import { runCli } from '../platform/cli/run-cli';
import { benchContactImport, type StepTiming } from './bench-import';
import { BenchSetupError, datasetFacts, openBenchDatabase } from './bench-setup';
import { DEMO_REGION_CODE } from '../platform/db/seed/demo-accounts';

interface ImportBenchArgs {
  database: string;
  rows: number;
  format: 'csv' | 'xlsx';
  account: string;
  help: boolean;
}

const USAGE = `Times "import N contacts" on a seeded database: upload, check and import of a
generated file through the import services, then puts the database back.

usage: node apps/api/dist/bench/bench-import-cli.js [options]
  --database NAME   seeded database (default hromada); embedded server unless DATABASE_URL
  --rows N          rows in the file (default 100000); a tenth carry an existing contact's
                    phone, and with the e-mails and phones generated people share, about a
                    third update a contact (at 1M)
  --format F        csv or xlsx (default csv)
  --account EMAIL   importing account (default admin@example.org, the whole organization)
  --help            show this text`;

function parse(argv: readonly string[]): ImportBenchArgs {
  const values = parseOptions(argv, {
    database: { type: 'string' },
    rows: { type: 'string' },
    format: { type: 'string' },
    account: { type: 'string' },
    help: { type: 'boolean', default: false },
  });
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') throw new CliArgsError(`--format must be csv or xlsx, got "${format}"`);
  return {
    database: databaseNameArg(values.database),
    rows: wholeNumberArg('rows', values.rows, 100_000, 1, 1_000_000),
    format,
    account: values.account ?? 'admin@example.org',
    help: values.help,
  };
}

async function run(args: ImportBenchArgs): Promise<number> {
  const config = readConfig();
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const loadBefore = os.loadavg()[0];
  const db = await openBenchDatabase(config, log, args.database);
  try {
    const facts = await datasetFacts(db.orm.em.fork(), DEMO_REGION_CODE);
    const progress = (message: string) => process.stderr.write(`${message}\n`);
    progress(`Database "${args.database}": ${facts.contacts.toLocaleString('en')} contacts, ${facts.branches.toLocaleString('en')} branches.`);
    const result = await benchContactImport(
      db.orm,
      { rows: args.rows, account: args.account, format: args.format, updateShare: 0.1, today: calendarDateIn(config.timeZone), dataDir: config.dataDir },
      progress,
    );
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const line = (label: string, step: StepTiming) =>
      `  ${label.padEnd(30)}${seconds(step.ms).padStart(8)}   CPU: API ${seconds(step.nodeCpuMs)}, PostgreSQL ${step.dbCpuMs === null ? 'n/a' : seconds(step.dbCpuMs)}`;
    console.log(`Import of ${result.rows.toLocaleString('en')} rows (${args.format}, ${(result.bytes / 1024 / 1024).toFixed(1)} MB) at ${facts.contacts.toLocaleString('en')} contacts / ${facts.branches.toLocaleString('en')} branches, load average ${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores:`);
    console.log(line('upload (detect, read, store)', result.upload));
    console.log(`${line('check (dry run)', result.check)}   ${JSON.stringify(result.check.counts)}`);
    console.log(`${line('import (skip bad rows)', result.import)}   ${JSON.stringify(result.import.counts)}`);
    return 0;
  } finally {
    await db.close();
  }
}

runCli({ usage: USAGE, parse, run, explain: (error) => (error instanceof BenchSetupError ? error.message : undefined) });
