import { describe, expect, it } from 'vitest';
import { isDuesPeriod, isMonthPeriod, monthBounds, unpaidPeriods, validateMoneyEntry } from './dues';

const TODAY = '2026-03-15';

describe('periods', () => {
  it('knows months and years', () => {
    expect(isMonthPeriod('2026-03')).toBe(true);
    expect(isMonthPeriod('2026-13')).toBe(false);
    expect(isMonthPeriod('2026-3')).toBe(false);
    expect(isDuesPeriod('2026')).toBe(true);
    expect(isDuesPeriod('1999')).toBe(false);
  });

  it('gives the bounds of a month, leap years included', () => {
    expect(monthBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(monthBounds('2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(monthBounds('2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
  });
});

describe('validateMoneyEntry', () => {
  it('accepts a payment and cleans its texts', () => {
    expect(validateMoneyEntry({ amountKopiyky: 5000, date: '2026-03-15', reference: '  Квитанція   17 ', note: ' ' }, TODAY)).toEqual({
      ok: true,
      value: { amountKopiyky: 5000, date: '2026-03-15', reference: 'Квитанція 17', note: null, campaign: null, receiptNumber: null },
    });
  });

  it('reports every problem at once', () => {
    const result = validateMoneyEntry({ amountKopiyky: 0, date: '2026-03-16', reference: 'x'.repeat(141) }, TODAY, { receiptRequired: true });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'amount', i18nKey: 'dues:error.amountPositive' },
        { field: 'date', i18nKey: 'dues:error.dateInFuture' },
        { field: 'reference', i18nKey: 'errors:fieldTooLong', params: { max: 140 } },
        { field: 'receiptNumber', i18nKey: 'errors:fieldRequired' },
      ],
    });
  });

  it('refuses fractions, negatives, absurd sums and unreal dates', () => {
    const problems = (amountKopiyky: number, date = TODAY) => {
      const result = validateMoneyEntry({ amountKopiyky, date }, TODAY);
      return result.ok ? [] : result.problems.map((p) => p.i18nKey);
    };
    expect(problems(10.5)).toEqual(['dues:error.amountPositive']);
    expect(problems(-100)).toEqual(['dues:error.amountPositive']);
    expect(problems(100_000_001)).toEqual(['dues:error.amountTooLarge']);
    expect(problems(100_000_000)).toEqual([]);
    expect(problems(100, '2026-02-30')).toEqual(['errors:dateInvalid']);
    expect(problems(100, '1999-12-31')).toEqual(['errors:dateInvalid']);
  });
});

describe('unpaidPeriods (payments allocated to the oldest charges first)', () => {
  const monthly = ['2026-01', '2026-02', '2026-03', '2026-04'].map((period) => ({ period, amountKopiyky: 5000, dueOn: `${period}-01` }));

  it('is empty when everything is paid or overpaid', () => {
    expect(unpaidPeriods(monthly, 0)).toEqual([]);
    expect(unpaidPeriods(monthly, 2500)).toEqual([]);
  });

  it('leaves the newest periods unpaid and the oldest unpaid one partly paid', () => {
    // Charged 200 UAH, paid 70: January is paid, February has 30 of 50 paid.
    expect(unpaidPeriods(monthly, -13_000)).toEqual([
      { period: '2026-02', amountKopiyky: 5000, dueOn: '2026-02-01', outstandingKopiyky: 3000 },
      { period: '2026-03', amountKopiyky: 5000, dueOn: '2026-03-01', outstandingKopiyky: 5000 },
      { period: '2026-04', amountKopiyky: 5000, dueOn: '2026-04-01', outstandingKopiyky: 5000 },
    ]);
  });

  it('orders by due date whatever the input order, yearly and monthly together', () => {
    const charges = [{ period: '2026', amountKopiyky: 60_000, dueOn: '2026-01-01' }, ...monthly.slice(0, 2)].reverse();
    expect(unpaidPeriods(charges, -61_000).map((p) => [p.period, p.outstandingKopiyky])).toEqual([
      ['2026', 51_000],
      ['2026-01', 5000],
      ['2026-02', 5000],
    ]);
  });

  it('agrees with allocating every payment forward, for any payments', () => {
    const charges = [
      { period: '2025', amountKopiyky: 12_000, dueOn: '2025-01-01' },
      ...monthly,
    ];
    for (const paid of [0, 1, 11_999, 12_000, 12_001, 17_000, 31_999, 32_000, 40_000]) {
      const forward: [string, number][] = [];
      let left = paid;
      for (const c of charges) {
        const covered = Math.min(left, c.amountKopiyky);
        left -= covered;
        if (covered < c.amountKopiyky) forward.push([c.period, c.amountKopiyky - covered]);
      }
      const total = charges.reduce((sum, c) => sum + c.amountKopiyky, 0);
      expect(unpaidPeriods(charges, paid - total).map((p) => [p.period, p.outstandingKopiyky]), String(paid)).toEqual(forward);
    }
  });
});
