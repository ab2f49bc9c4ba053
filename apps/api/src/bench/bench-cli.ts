import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { calendarDateIn } from '@hromada/shared';
import { readConfig, repoRoot, type AppConfig } from '../config';
import { createLogger } from '../platform/logging/logger';
import { DEMO_REGION_CODE } from '../platform/db/seed/demo-accounts';
import { runCli } from '../platform/cli/run-cli';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs, type DatasetKind } from './bench-args';
import { GqlClient } from './bench-http';
import { httpLoad, rawLoad, timeSequential } from './bench-load';
import { updateDocument } from './bench-document';
import { measurePeopleOperations } from './bench-people';
import { peopleSection, peopleTable, PEOPLE_TITLES } from './bench-people-report';
import {
  LARGE_FROM_CONTACTS, latencyTable, loadTable, machineLine, rowVerdict, section, SECTION_TITLES, type RowResult,
} from './bench-report';
import { buildScenarios, hitsOf, loadRequests, ROLE_ACCOUNTS, ROLES, type Scenario } from './bench-scenarios';
import { BenchSetupError, createSessions, datasetFacts, openBenchDatabase, startServer, type BenchDatabase, type DatasetFacts } from './bench-setup';
import { explainAnalyze, replay, slowestStatement, type SqlRecorder } from './bench-sql';
import { ms, summarize, thousands } from './bench-stats';

/**
 * `npm run bench -- --database hromada_bench [--output docs/benchmarks.md]`: latency of the
 * main screens' requests through the full stack next to the same SQL on a bare pg client,
 * and list throughput under concurrent load. See docs/benchmarks.md for the method.
 */
/** Statements faster than this on average get no EXPLAIN in the report. */
const EXPLAIN_FROM_MS = 2;
/** Rows slower than this a request get a time estimate, so a long run does not look hung. */
const SLOW_ROW_MS = 250;

const progress = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

async function measureRow(scenario: Scenario, client: GqlClient, recorder: SqlRecorder, raw: pg.Client, args: BenchArgs): Promise<RowResult> {
  const { variants } = scenario;
  const warm = await timeSequential((i) => client.postOk(variants[i % variants.length]), 0, args.warmup);
  const perRequest = warm.reduce((a, b) => a + b, 0) / Math.max(1, warm.length);
  if (perRequest > SLOW_ROW_MS) {
    progress(`  (${scenario.label}, ${ROLE_ACCOUNTS[scenario.role].label}: ~${ms(perRequest)} ms a request, about ${Math.ceil((perRequest * args.requests * 2) / 60_000)} min for this row)`);
  }
  // One captured request per variant: the exact SQL to replay, and what it matched.
  const captured: string[][] = [];
  const hits: RowResult['hits'] = [];
  for (const request of variants) {
    let data: Record<string, unknown> = {};
    captured.push(await recorder.capture(async () => {
      data = await client.postOk(request);
    }));
    const h = scenario.kind === 'search' || scenario.kind === 'list' ? hitsOf(data) : null;
    if (h) hits.push(h);
  }
  const full = summarize(await timeSequential((i) => client.postOk(variants[i % variants.length]), 0, args.requests));
  // A request without SQL has no raw baseline.
  const noSql = captured.every((c) => c.length === 0);
  const rawResult = noSql ? { summary: summarize([]), statementMeans: captured.map(() => []) } : await replay(raw, captured, args.warmup, args.requests);
  return {
    scenario,
    full,
    raw: rawResult.summary,
    sql: captured,
    statements: captured.map((c) => c.length),
    hits,
    slowest: slowestStatement(captured, rawResult),
  };
}

function datasetOf(args: BenchArgs, contacts: number): DatasetKind {
  return args.dataset ?? (contacts >= LARGE_FROM_CONTACTS ? 'large' : 'demo');
}

async function run(args: BenchArgs): Promise<void> {
  const started = new Date();
  const loadBefore = os.loadavg()[0];
  const config = readConfig();
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  let db: BenchDatabase | undefined;
  try {
    progress(`Opening database "${args.database}"…`);
    db = await openBenchDatabase(config, log, args.database);
    const em = db.orm.em.fork();
    const facts = await datasetFacts(em, DEMO_REGION_CODE);
    const dataset = datasetOf(args, facts.contacts);
    progress(`${thousands(facts.contacts)} contacts, ${thousands(facts.branches)} branches: ${dataset} dataset. ${machineLine(facts.postgres)}`);

    const sessions = await createSessions(em, ROLES.map((r) => ROLE_ACCOUNTS[r].email));
    cleanups.push(() => sessions.remove());
    const server = await startServer(db.orm, config);
    cleanups.push(() => server.close());
    const client = new GqlClient(server.url, 2);
    cleanups.push(() => client.close());
    const raw = new pg.Client({ connectionString: db.url });
    await raw.connect();
    cleanups.push(() => raw.end());

    const rows: RowResult[] = [];
    for (const scenario of buildScenarios(facts, sessions.tokens)) {
      const row = await measureRow(scenario, client, db.recorder, raw, args);
      rows.push(row);
      progress(
        `  ${scenario.label.padEnd(48)} ${ROLE_ACCOUNTS[scenario.role].label.padEnd(16)} ` +
          `p50 ${ms(row.full.p50).padStart(6)}  p95 ${ms(row.full.p95).padStart(6)}  raw p95 ${ms(row.raw.p95).padStart(6)} ms`,
      );
      if (args.showSql) for (const sql of row.sql[0]) progress(`      ${sql}`);
    }
    for (const row of rows) {
      // A plan is worth showing only where the SQL itself takes time.
      if (rowVerdict(dataset, row).pass === false && row.slowest && row.slowest.meanMs >= EXPLAIN_FROM_MS) {
        row.explain = await explainAnalyze(raw, row.slowest.sql);
      }
    }

    progress(`Throughput: ${args.concurrency} in flight for ${args.duration} s…`);
    const requests = loadRequests(sessions.tokens);
    const cpuBefore = process.cpuUsage();
    const load = await httpLoad({ url: server.url, requests, concurrency: args.concurrency, seconds: args.duration });
    const cpu = process.cpuUsage(cpuBefore);
    const cpuPerRequest = (cpu.user + cpu.system) / 1000 / Math.max(1, load.answered);
    const loadSql: string[][] = [];
    for (const request of requests) loadSql.push(await db.recorder.capture(() => client.postOk(request)));
    progress(`Raw SQL throughput: the same statements from a pg pool…`);
    const rawThroughput = await rawLoad(db.url, loadSql, args.concurrency, 20, args.duration);
    if (load.firstError) progress(`  first error under load: ${load.firstError}`);

    const info = {
      dataset, database: args.database, facts, requests: args.requests, warmup: args.warmup,
      duration: args.duration, concurrency: args.concurrency, started, seconds: (Date.now() - started.getTime()) / 1000,
      load: [loadBefore, os.loadavg()[0]] as [number, number],
    };
    console.log(`\n${latencyTable(dataset, rows)}\n\n${loadTable(dataset, load, rawThroughput, cpuPerRequest)}\n`);
    if (args.output) writeSection(args.output, SECTION_TITLES[dataset], section(info, rows, load, rawThroughput, cpuPerRequest));
    if (args.people) {
      const people = await measurePeople(db, config, facts, args, dataset);
      if (args.output) writeSection(args.output, PEOPLE_TITLES[dataset], people);
    }
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        progress(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    await db?.close();
  }
}

/** Issue 4's operations through their services, after the HTTP rows (the imports write and put back a lot). */
async function measurePeople(db: BenchDatabase, config: AppConfig, facts: DatasetFacts, args: BenchArgs, dataset: DatasetKind): Promise<string> {
  const started = new Date();
  const loadBefore = os.loadavg()[0];
  progress(`People operations (${args.peopleRuns} runs of each export, import and scan)…`);
  const results = await measurePeopleOperations(
    db.orm,
    facts,
    { runs: args.peopleRuns, timeZone: config.timeZone, today: calendarDateIn(config.timeZone), dataDir: config.databaseUrl ? undefined : config.dataDir },
    progress,
  );
  console.log(`${peopleTable(dataset, results)}\n`);
  const info = {
    dataset, database: args.database, facts, runs: args.peopleRuns, started,
    seconds: (Date.now() - started.getTime()) / 1000, load: [loadBefore, os.loadavg()[0]] as [number, number],
  };
  return peopleSection(info, results);
}

/** Rewrites one measured section of the output file, leaving the rest of it as it was. */
function writeSection(output: string, title: string, body: string): void {
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), output);
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, updateDocument(existing, title, body));
  progress(`Updated "${path.relative(repoRoot, file) || file}" (section: ${title}).`);
}

runCli({
  usage: BENCH_USAGE,
  parse: parseBenchArgs,
  run: (args: BenchArgs) => run(args).then(() => 0),
  explain: (error) => (error instanceof BenchSetupError ? error.message : undefined),
});
