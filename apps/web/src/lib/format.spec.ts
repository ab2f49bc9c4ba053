import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPeriod, localeFor, localizedName } from './format';

const NBSP = '\u00a0';

describe('formatNumber', () => {
  it('groups digits the Ukrainian way in uk', () => {
    expect(formatNumber(12345, 'uk')).toBe(`12${NBSP}345`);
    expect(formatNumber(1234567, 'uk')).toBe(`1${NBSP}234${NBSP}567`);
  });

  it('groups digits with commas in en', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(10000, 'en')).toBe('10,000');
  });
});

describe('formatDateTime', () => {
  const iso = '2025-03-03T12:05:00Z';

  it('writes the date in the UI language, in the given time zone', () => {
    expect(formatDateTime(iso, 'en', 'Europe/Kyiv')).toBe('3 March 2025 at 14:05');
    expect(formatDateTime(iso, 'uk', 'Europe/Kyiv')).toBe('3 березня 2025 р. о 14:05');
    expect(formatDateTime(iso, 'en', 'UTC')).toBe('3 March 2025 at 12:05');
  });

  it('returns the input unchanged when it is not a date', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});

describe('localeFor', () => {
  it('maps UI languages to the locales used by Intl', () => {
    expect(localeFor('uk')).toBe('uk-UA');
    expect(localeFor('en')).toBe('en-GB');
    expect(localeFor('en-US')).toBe('en-GB');
    expect(localeFor('de')).toBe('uk-UA');
  });
});

describe('localizedName', () => {
  const unit = { nameUk: 'Київська область', nameEn: 'Kyiv Region' };

  it('picks the name in the UI language', () => {
    expect(localizedName(unit, 'uk')).toBe('Київська область');
    expect(localizedName(unit, 'en')).toBe('Kyiv Region');
  });

  it('falls back to the other language when a name is blank', () => {
    expect(localizedName({ nameUk: 'Осередок', nameEn: '' }, 'en')).toBe('Осередок');
  });
});

describe('formatMoney', () => {
  it('writes kopiyky as hryvnias in the UI language, exactly', () => {
    expect(formatMoney(123_456, 'uk')).toBe(`1${NBSP}234,56${NBSP}₴`);
    expect(formatMoney(123_456, 'en')).toBe(`UAH${NBSP}1,234.56`);
    expect(formatMoney(-5, 'en')).toBe(`-UAH${NBSP}0.05`);
    // 2^53 - 1 kopiyky: a float division would print …409.92.
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'en')).toBe(`UAH${NBSP}90,071,992,547,409.91`);
  });

  it('takes bigint columns as strings, beyond 2^53 too', () => {
    expect(formatMoney('-5000', 'en')).toBe(`-UAH${NBSP}50.00`);
    expect(formatMoney('7', 'uk')).toBe(`0,07${NBSP}₴`);
    expect(formatMoney('9007199254740993', 'en')).toBe(`UAH${NBSP}90,071,992,547,409.93`);
    expect(() => formatMoney('12.5', 'en')).toThrow(RangeError);
  });
});

describe('formatDate and formatPeriod', () => {
  it('write calendar days and dues periods without shifting them by a time zone', () => {
    expect(formatDate('1990-02-25', 'en')).toBe('25 February 1990');
    expect(formatDate('1990-02-25', 'uk')).toBe('25 лютого 1990 р.');
    expect(formatDate('nonsense', 'en')).toBe('nonsense');
    expect(formatPeriod('2026-03', 'uk')).toBe('березень 2026 р.');
    expect(formatPeriod('2026-03', 'en')).toBe('March 2026');
    expect(formatPeriod('2026', 'en')).toBe('2026');
  });
});
