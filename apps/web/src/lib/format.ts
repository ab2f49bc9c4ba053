import { defaultLanguage, isLanguage, type Language } from '@hromada/i18n';
import { kopiykyToDecimal } from '@hromada/shared';

const LOCALES: Record<Language, string> = { uk: 'uk-UA', en: 'en-GB' };

export function toLanguage(lng: string): Language {
  const base = lng.toLowerCase().split('-')[0];
  return isLanguage(base) ? base : defaultLanguage;
}

/** The Intl locale used for numbers and dates in a UI language. */
export function localeFor(lng: string): string {
  return LOCALES[toLanguage(lng)];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lng: string): string {
  const locale = localeFor(lng);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * Integer kopiyky as hryvnias in the UI language ("1 234,56 грн", "UAH 1,234.56"). Intl is
 * given the exact decimal string, never a float of kopiyky / 100.
 */
export function formatMoney(kopiyky: number | string, lng: string): string {
  const locale = localeFor(lng);
  let format = moneyFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'UAH' });
    moneyFormats.set(locale, format);
  }
  return format.format(decimalOf(kopiyky) as Intl.StringNumericLiteral);
}

/** Kopiyky as an exact decimal string; strings (bigint columns, event payloads) may exceed 2^53. */
function decimalOf(kopiyky: number | string): string {
  if (typeof kopiyky === 'number') return kopiykyToDecimal(kopiyky);
  const match = /^(-?)0*(\d+)$/.exec(kopiyky);
  if (!match) throw new RangeError(`Not a whole number of kopiyky: ${kopiyky}`);
  const digits = match[2].padStart(3, '0');
  return `${match[1]}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** A calendar date (YYYY-MM-DD) in long form, e.g. "25 February 1990"; no time zone shifts it. */
export function formatDate(isoDate: string, lng: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(localeFor(lng), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A dues period: 'YYYY-MM' as the month and year ("березень 2026"), 'YYYY' as the year. */
export function formatPeriod(period: string, lng: string): string {
  const [y, m] = period.split('-').map(Number);
  if (!y) return period;
  if (!m) return String(y);
  return new Intl.DateTimeFormat(localeFor(lng), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** Date and time in the viewer's time zone (or the one given), e.g. "3 March 2025 at 14:05". */
export function formatDateTime(iso: string, lng: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(lng), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}

export interface LocalizedNames {
  nameUk: string;
  nameEn: string;
}

/** Picks the unit's name in the UI language, falling back to the other one when blank. */
export function localizedName(unit: LocalizedNames, lng: string): string {
  return toLanguage(lng) === 'en' ? unit.nameEn || unit.nameUk : unit.nameUk || unit.nameEn;
}
