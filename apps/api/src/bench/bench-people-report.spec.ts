import { describe, expect, it } from 'vitest';
import type { PeopleResult } from './bench-people';
import { duration, peopleTable, peopleVerdict } from './bench-people-report';

const result = (times: number[], stat: PeopleResult['stat'], targetMs: number | null): PeopleResult => ({
  operation: 'op', subject: 'subject', as: 'national manager', times, stat, targetMs,
});

describe('people verdicts', () => {
  it('judges counts by their p95 and long operations by their median', () => {
    const counts = [...Array<number>(19).fill(50), 250];
    expect(peopleVerdict('large', result(counts, 'p95', 200)).pass).toBe(true);
    expect(peopleVerdict('large', result([...counts.slice(1), 250], 'p95', 200)).pass).toBe(false);
    expect(peopleVerdict('large', result([40_000, 70_000, 50_000], 'median', 60_000))).toEqual({ target: 'median ≤ 60.0 s', pass: true });
    expect(peopleVerdict('large', result([40_000, 70_000, 65_000], 'median', 60_000)).pass).toBe(false);
  });

  it('shows but does not judge the targets on the demo data', () => {
    expect(peopleVerdict('demo', result([90_000], 'median', 60_000))).toEqual({ target: '(median ≤ 60.0 s at 1M)', pass: null });
  });

  it('writes one row per operation with min, median and max', () => {
    const table = peopleTable('large', [result([3000, 1000, 2000], 'median', 30_000)]);
    expect(table.split('\n')[2]).toBe('| 1 | op | subject | national manager | 3 | 1.0 s | 2.0 s | — | 3.0 s | median ≤ 30.0 s | PASS |');
  });

  it('reads durations in milliseconds below a second and in seconds above', () => {
    expect([duration(41.23), duration(999), duration(12_345)]).toEqual(['41.2 ms', '999 ms', '12.3 s']);
  });
});
