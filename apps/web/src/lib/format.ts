import { defaultLanguage, isLanguage, type Language } from '@hromada/i18n';

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

/** A calendar date (YYYY-MM-DD) in long form, e.g. "25 February 1990"; no time zone shift. */
export function formatDate(isoDate: string, lng: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(localeFor(lng), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Integer kopiyky as hryvnias, e.g. "1 250,50 ₴" / "UAH 1,250.50". */
export function formatMoney(kopiyky: number | string, lng: string): string {
  const amount = Number(kopiyky) / 100;
  return new Intl.NumberFormat(localeFor(lng), { style: 'currency', currency: 'UAH' }).format(amount);
}
