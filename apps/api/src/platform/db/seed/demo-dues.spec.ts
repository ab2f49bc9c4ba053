import { describe, expect, it } from 'vitest';
import { monthsBefore } from './demo-dues';

describe('monthsBefore', () => {
  it('counts back across a new year, oldest first, ending with the month itself', () => {
    expect(monthsBefore('2026-02', 3)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBefore('2026-12', 0)).toEqual(['2026-12']);
  });
});
