import { describe, expect, it } from 'vitest';
import { kopiykyToDecimal, parseHryvnias } from './money';

describe('parseHryvnias', () => {
  it('reads whole hryvnias and kopiyky with a comma or a point', () => {
    expect(parseHryvnias('50')).toBe(5000);
    expect(parseHryvnias('50,5')).toBe(5050);
    expect(parseHryvnias('50.05')).toBe(5005);
    expect(parseHryvnias('0,01')).toBe(1);
    expect(parseHryvnias(',5')).toBe(50);
  });

  it('is exact where floating point is not (0.1 + 0.2, 1.15 × 100)', () => {
    expect(parseHryvnias('0.29')).toBe(29);
    expect(parseHryvnias('1.15')).toBe(115);
    expect(parseHryvnias('4.35')).toBe(435);
    expect(parseHryvnias('1 000 000,99')).toBe(100_000_099);
  });

  it('takes spaces, no-break spaces, apostrophes and the currency as grouping or decoration', () => {
    expect(parseHryvnias('1 234,56')).toBe(123_456);
    expect(parseHryvnias('1\u00a0234,56 грн')).toBe(123_456);
    expect(parseHryvnias("1'234.56 UAH")).toBe(123_456);
    expect(parseHryvnias('₴ 12')).toBe(1200);
  });

  it('tells grouping from the decimal point by position and digit count', () => {
    expect(parseHryvnias('1,234.56')).toBe(123_456);
    expect(parseHryvnias('1.234,56')).toBe(123_456);
    expect(parseHryvnias('1.234')).toBe(123_400);
    expect(parseHryvnias('1,234,567')).toBe(123_456_700);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', ' ', 'abc', '1,2,3', '12.345.6', '1.234,567', '1e5', '12,345.678', '--5', '5-', '50 грн 25', '50 25', '1 23', '5,0,0', 'грн', '.']) {
      expect(parseHryvnias(text), text).toBeNull();
    }
    expect(parseHryvnias('99999999999999999999')).toBeNull();
  });

  it('reads a sign only when asked to (bank statements carry debits)', () => {
    expect(parseHryvnias('-500,00')).toBeNull();
    expect(parseHryvnias('-500,00', { allowSign: true })).toBe(-50_000);
    expect(parseHryvnias('\u2212 1 500,25', { allowSign: true })).toBe(-150_025);
    expect(parseHryvnias('+75', { allowSign: true })).toBe(7500);
  });
});

describe('kopiykyToDecimal', () => {
  it('writes an exact decimal in hryvnias', () => {
    expect(kopiykyToDecimal(0)).toBe('0.00');
    expect(kopiykyToDecimal(5)).toBe('0.05');
    expect(kopiykyToDecimal(123_456)).toBe('1234.56');
    expect(kopiykyToDecimal(-1005)).toBe('-10.05');
    expect(kopiykyToDecimal(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
  });

  it('round-trips with the parser', () => {
    for (const k of [1, 99, 100, 101, 5000, 123_456_789]) expect(parseHryvnias(kopiykyToDecimal(k))).toBe(k);
  });

  it('refuses fractions of a kopiyka', () => {
    expect(() => kopiykyToDecimal(1.5)).toThrow(RangeError);
  });
});
