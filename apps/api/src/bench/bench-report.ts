import os from 'node:os';
import type { DatasetKind } from './bench-args';
import type { LoadResult } from './bench-load';
import { ROLE_ACCOUNTS, type Scenario } from './bench-scenarios';
import type { DatasetFacts } from './bench-setup';
import { ms, thousands, type LatencySummary } from './bench-stats';

export const SECTION_TITLES: Readonly<Record<DatasetKind, string>> = {
  demo: 'Demo data (50K contacts, 380 branches)',
  large: 'Large (1M contacts, 5,000 branches)',
};

/** Below this many contacts a database is measured against the demo targets. */
export const LARGE_FROM_CONTACTS = 500_000;

export interface RowResult {
  scenario: Scenario;
  full: LatencySummary;
  raw: LatencySummary;
  /** The SQL one request sends, per variant, as captured. */
  sql: string[][];
  /** SQL statements per request, per variant. */
  statements: number[];
  /** totalCount the responses reported, per variant (lists and searches). */
  hits: { count: number; capped: boolean }[];
  slowest: { sql: string; meanMs: number; share: number } | null;
  /** EXPLAIN (ANALYZE, BUFFERS) of the slowest statement, for rows that miss a target. */
  explain?: string;
}

export interface Verdict {
  target: string;
  /** null: no target for this row. */
  pass: boolean | null;
  misses: string[];
}

/**
 * Targets: demo data — every p95 ≤ 30 ms and ≥ 500 list requests/s. Large — search p95
 * ≤ 30 ms for a branch head and ≤ 100 ms for the national (and, by the same bound, the
 * regional) manager; every row's full-stack p95 within 2× the raw SQL p95.
 */
export function rowVerdict(dataset: DatasetKind, row: RowResult): Verdict {
  const limits: { p95?: number; ratio?: number } = {};
  if (row.scenario.kind === 'floor') return { target: '—', pass: null, misses: [] };
  if (dataset === 'demo') limits.p95 = 30;
  else {
    limits.ratio = 2;
    if (row.scenario.kind === 'search') limits.p95 = row.scenario.role === 'branch' ? 30 : 100;
  }
  const parts: string[] = [];
  const misses: string[] = [];
  if (limits.p95 !== undefined) {
    parts.push(`p95 ≤ ${limits.p95}`);
    if (row.full.p95 > limits.p95) misses.push(`p95 ${ms(row.full.p95)} ms > ${limits.p95} ms`);
  }
  if (limits.ratio !== undefined) {
    parts.push(`≤ ${limits.ratio}× raw`);
    const ratio = row.full.p95 / row.raw.p95;
    if (ratio > limits.ratio) misses.push(`${ratio.toFixed(2)}× raw p95 > ${limits.ratio}×`);
  }
  return { target: parts.join(', ') || '—', pass: parts.length ? misses.length === 0 : null, misses };
}

export function loadVerdict(dataset: DatasetKind, load: LoadResult): Verdict {
  if (dataset !== 'demo') return { target: '—', pass: null, misses: [] };
  const misses: string[] = [];
  if (load.perSecond < 500) misses.push(`${thousands(load.perSecond)} req/s < 500`);
  if (load.errors > 0) misses.push(`${load.errors} errors`);
  return { target: '≥ 500 req/s, no errors', pass: misses.length === 0, misses };
}

const mark = (v: Verdict): string => (v.pass === null ? '—' : v.pass ? 'PASS' : '**FAIL**');

function range(values: readonly number[]): string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

function hitsText(hits: RowResult['hits']): string {
  if (hits.length === 0) return '';
  if (hits.some((h) => h.capped)) {
    const capped = hits.filter((h) => h.capped).length;
    return capped === hits.length ? '10,000+' : `${capped}/${hits.length} ≥ 10,000`;
  }
  return thousands(hits.reduce((sum, h) => sum + h.count, 0) / hits.length);
}

export function latencyTable(dataset: DatasetKind, rows: readonly RowResult[]): string {
  const lines = [
    '| # | request | as | matches (avg) | SQL / req | p50 | p95 | p99 | mean | raw p50 | raw p95 | × raw (p95) | target (ms) | result |',
    '|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|---|',
  ];
  rows.forEach((row, i) => {
    const v = rowVerdict(dataset, row);
    const ratio = row.full.p95 / row.raw.p95;
    const as = row.scenario.kind === 'floor' ? 'anonymous' : ROLE_ACCOUNTS[row.scenario.role].label;
    lines.push(
      `| ${i} | ${row.scenario.label} | ${as} | ${hitsText(row.hits)} | ${range(row.statements)} | ` +
        `${ms(row.full.p50)} | ${ms(row.full.p95)} | ${ms(row.full.p99)} | ${ms(row.full.mean)} | ${ms(row.raw.p50)} | ${ms(row.raw.p95)} | ` +
        `${Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—'} | ${v.target} | ${mark(v)} |`,
    );
  });
  return lines.join('\n');
}

/** `cpuPerRequest`: CPU ms the server's process spent per request under load. */
export function loadTable(dataset: DatasetKind, load: LoadResult, raw: LoadResult, cpuPerRequest: number): string {
  const v = loadVerdict(dataset, load);
  return [
    '| load | in flight | seconds | requests | errors | req/s | p50 | p95 | p99 | Node CPU / req | raw SQL req/s | target | result |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|---|',
    `| first pages, branch head / region / national in turn | ${load.concurrency} | ${load.seconds.toFixed(1)} | ${thousands(load.completed)} | ${load.errors} | ` +
      `**${thousands(load.perSecond)}** | ${ms(load.latency.p50)} | ${ms(load.latency.p95)} | ${ms(load.latency.p99)} | ${ms(cpuPerRequest)} ms | ` +
      `${thousands(raw.perSecond)} | ${v.target} | ${mark(v)} |`,
  ].join('\n');
}

export interface RunInfo {
  dataset: DatasetKind;
  database: string;
  facts: DatasetFacts;
  requests: number;
  warmup: number;
  duration: number;
  concurrency: number;
  started: Date;
  seconds: number;
  /** 1-minute load average before and after the run: other work on the machine shows here. */
  load: [before: number, after: number];
}

export function machineLine(postgres: string): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const gb = (os.totalmem() / 2 ** 30).toFixed(0);
  return `${cpus.length} cores (${model}), ${gb} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}, PostgreSQL ${postgres}`;
}

/** The dataset's section of docs/benchmarks.md, heading included. */
export function section(info: RunInfo, rows: readonly RowResult[], load: LoadResult, rawLoad: LoadResult, cpuPerRequest: number): string {
  const f = info.facts;
  const out: string[] = [
    `## ${SECTION_TITLES[info.dataset]}`,
    '',
    `Measured ${info.started.toISOString().slice(0, 16).replace('T', ' ')} UTC on database \`${info.database}\`: ` +
      `${thousands(f.contacts)} contacts, ${thousands(f.units)} units, ${thousands(f.branches)} branches.`,
    `Machine: ${machineLine(f.postgres)}. The load generator runs in a child process and shares the cores; ` +
      `1-minute load average ${info.load[0].toFixed(1)} before the run, ${info.load[1].toFixed(1)} after.`,
    `Command: \`npm run bench -- --database ${info.database} --requests ${info.requests} --warmup ${info.warmup} ` +
      `--duration ${info.duration} --concurrency ${info.concurrency}\` (${Math.round(info.seconds)} s).`,
    '',
    `Sequential requests (${info.requests} timed per row after ${info.warmup} untimed; ms):`,
    '',
    latencyTable(info.dataset, rows),
    '',
    'Throughput:',
    '',
    loadTable(info.dataset, load, rawLoad, cpuPerRequest),
    '',
  ];
  const failing = rows.map((row, i) => ({ row, i, v: rowVerdict(info.dataset, row) })).filter((x) => x.v.pass === false);
  const loadV = loadVerdict(info.dataset, load);
  if (failing.length === 0 && loadV.pass !== false) {
    out.push('Every target with a bound on this dataset is met.', '');
    return out.join('\n');
  }
  out.push('Missed targets, and the statement that takes the most raw time in each:', '');
  for (const { row, i, v } of failing) {
    const s = row.slowest;
    out.push(`- **#${i} ${row.scenario.label}, ${ROLE_ACCOUNTS[row.scenario.role].label}**: ${v.misses.join('; ')}.` +
      (s ? ` Slowest statement: ${ms(s.meanMs)} ms raw mean, ${Math.round(s.share * 100)}% of the request's raw time` +
        (row.explain ? ' (plan below).' : '; the time goes to HTTP, GraphQL and the ORM, not to PostgreSQL.') : ''));
  }
  if (loadV.pass === false) {
    out.push(`- **Throughput**: ${loadV.misses.join('; ')}. The server's process spent ${ms(cpuPerRequest)} ms of CPU per request` +
      `; bare PostgreSQL answered the same statements at ${thousands(rawLoad.perSecond)} req/s.`);
  }
  out.push('');
  for (const { row, i } of failing) {
    if (!row.explain || !row.slowest) continue;
    out.push(`<details><summary>#${i}: EXPLAIN (ANALYZE, BUFFERS) of the slowest statement</summary>`, '', '```sql', row.slowest.sql, '```', '', '```', row.explain, '```', '', '</details>', '');
  }
  return out.join('\n');
}
