import type { DatasetKind } from './bench-args';
import type { PeopleResult } from './bench-people';
import type { DatasetFacts } from './bench-setup';
import { machineLine } from './bench-report';
import { ms, percentile, thousands } from './bench-stats';

export const PEOPLE_TITLES: Readonly<Record<DatasetKind, string>> = {
  demo: 'People operations on the demo data (50K contacts)',
  large: 'People operations on the large dataset (1M contacts)',
};

/** Milliseconds as people read a duration: "41.2 ms" below a second, "12.3 s" above. */
export function duration(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value < 1000 ? `${ms(value)} ms` : `${(value / 1000).toFixed(1)} s`;
}

export interface PeopleVerdict {
  target: string;
  /** null: no target on this dataset. */
  pass: boolean | null;
}

/** The issue's targets hold for the 1M organization, so they are judged on the large dataset only. */
export function peopleVerdict(dataset: DatasetKind, result: PeopleResult): PeopleVerdict {
  if (result.targetMs === null) return { target: '—', pass: null };
  const target = `${result.stat} ≤ ${duration(result.targetMs)}`;
  if (dataset !== 'large') return { target: `(${target} at 1M)`, pass: null };
  return { target, pass: statOf(result) <= result.targetMs };
}

function statOf(result: PeopleResult): number {
  const sorted = [...result.times].sort((a, b) => a - b);
  return percentile(sorted, result.stat === 'p95' ? 95 : 50);
}

export function peopleTable(dataset: DatasetKind, results: readonly PeopleResult[]): string {
  const lines = [
    '| # | operation | on | as | runs | min | median | p95 | max | target | result |',
    '|---|---|---|---|--:|--:|--:|--:|--:|---|---|',
  ];
  results.forEach((result, i) => {
    const sorted = [...result.times].sort((a, b) => a - b);
    const v = peopleVerdict(dataset, result);
    const p95 = result.stat === 'p95' ? duration(percentile(sorted, 95)) : '—';
    lines.push(
      `| ${i + 1} | ${result.operation} | ${result.subject} | ${result.as} | ${sorted.length} | ${duration(sorted[0])} | ` +
        `${duration(percentile(sorted, 50))} | ${p95} | ${duration(sorted.at(-1)!)} | ${v.target} | ${v.pass === null ? '—' : v.pass ? 'PASS' : '**FAIL**'} |`,
    );
  });
  return lines.join('\n');
}

export interface PeopleRunInfo {
  dataset: DatasetKind;
  database: string;
  facts: DatasetFacts;
  runs: number;
  started: Date;
  seconds: number;
  /** 1-minute load average before and after the people operations. */
  load: [before: number, after: number];
}

/** The dataset's people section of docs/benchmarks.md, heading included. */
export function peopleSection(info: PeopleRunInfo, results: readonly PeopleResult[]): string {
  const f = info.facts;
  const missed = results.filter((r) => peopleVerdict(info.dataset, r).pass === false);
  return [
    `## ${PEOPLE_TITLES[info.dataset]}`,
    '',
    `Measured ${info.started.toISOString().slice(0, 16).replace('T', ' ')} UTC on database \`${info.database}\`: ` +
      `${thousands(f.contacts)} contacts, ${thousands(f.branches)} branches.`,
    `Machine: ${machineLine(f.postgres)}; 1-minute load average ${info.load[0].toFixed(1)} before, ${info.load[1].toFixed(1)} after.`,
    `Command: \`npm run bench -- --database ${info.database} --people --people-runs ${info.runs}\` (this part: ${Math.round(info.seconds)} s). ` +
      'Each operation through the service the API calls (see Method); times are wall clock.',
    '',
    peopleTable(info.dataset, results),
    '',
    ...results.flatMap((r, i) => (r.note ? [`- #${i + 1} ${r.operation}: ${r.note}.`] : [])),
    '',
    missed.length === 0
      ? info.dataset === 'large' ? 'Every people target is met.' : 'The targets are stated for the 1M organization; here they are shown, not judged.'
      : `Missed: ${missed.map((r) => `${r.operation} (${r.subject})`).join('; ')}.`,
    '',
  ].join('\n');
}
