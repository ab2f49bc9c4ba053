import { describe, expect, it } from 'vitest';
import { apportion } from './apportion';
import { createRng, WeightedTable } from './prng';
import { rngUuid, stableUuid } from './uuid';

const draws = (seed: number, stream = '', n = 20): number[] => {
  const rng = createRng(seed, stream);
  return Array.from({ length: n }, () => rng.uint32());
};

describe('createRng', () => {
  it('repeats the same sequence for the same seed and stream', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42, 'contacts')).toEqual(draws(42, 'contacts'));
  });

  it('gives different sequences for different seeds or streams', () => {
    expect(draws(42)).not.toEqual(draws(43));
    expect(draws(42, 'contacts')).not.toEqual(draws(42, 'organization'));
  });

  it('keeps helpers in range', () => {
    const rng = createRng(7);
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = rng.int(3, 5);
      expect([3, 4, 5]).toContain(n);
    }
  });

  it('is roughly uniform and honours chance()', () => {
    const rng = createRng(1);
    const n = 100_000;
    let hits = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      if (rng.chance(0.3)) hits++;
      sum += rng.next();
    }
    expect(hits / n).toBeCloseTo(0.3, 2);
    expect(sum / n).toBeCloseTo(0.5, 2);
  });
});

describe('WeightedTable', () => {
  it('picks in proportion to the weights', () => {
    const table = new WeightedTable([['a', 1], ['b', 3]] as const);
    const rng = createRng(5);
    let b = 0;
    for (let i = 0; i < 40_000; i++) if (table.pick(rng) === 'b') b++;
    expect(b / 40_000).toBeCloseTo(0.75, 2);
  });

  it('refuses empty tables and non-positive weights', () => {
    expect(() => new WeightedTable([])).toThrow(RangeError);
    expect(() => new WeightedTable([['a', 0]])).toThrow(RangeError);
  });
});

describe('apportion', () => {
  it('splits a total exactly, in proportion, above a minimum', () => {
    expect(apportion(10, [1, 1, 2])).toEqual([3, 2, 5]);
    const shares = apportion(1_000, [5, 1, 1, 0.01], 10);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(1_000);
    expect(Math.min(...shares)).toBeGreaterThanOrEqual(10);
  });

  it('refuses a minimum the total cannot cover', () => {
    expect(() => apportion(5, [1, 1, 1], 2)).toThrow(RangeError);
  });
});

describe('uuids', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('derives the same name-based id from the same key', () => {
    expect(stableUuid('org_unit:UA-32')).toBe(stableUuid('org_unit:UA-32'));
    expect(stableUuid('org_unit:UA-32')).not.toBe(stableUuid('org_unit:UA-46'));
    expect(stableUuid('org_unit:UA-32')).toMatch(UUID);
    expect(stableUuid('x')[14]).toBe('5');
  });

  it('draws well-formed random ids from the seeded generator', () => {
    const rng = createRng(9);
    const ids = new Set(Array.from({ length: 10_000 }, () => rngUuid(rng)));
    expect(ids.size).toBe(10_000);
    for (const id of [...ids].slice(0, 100)) expect(id).toMatch(UUID);
  });
});
