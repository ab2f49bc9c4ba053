import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber, localeFor, localizedName } from './format';

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

describe('formatDate and formatMoney', () => {
  it('writes a calendar date without moving it across time zones', () => {
    expect(formatDate('1990-02-25', 'en')).toBe('25 February 1990');
    expect(formatDate('1990-02-25', 'uk')).toBe('25 лютого 1990 р.');
    expect(formatDate('nonsense', 'en')).toBe('nonsense');
  });

  it('writes kopiyky as hryvnias in the UI language', () => {
    expect(formatMoney(125050, 'uk')).toBe(`1${NBSP}250,50${NBSP}₴`);
    expect(formatMoney('-5000', 'en')).toBe(`-UAH${NBSP}50.00`);
  });
});
