import { toLatin } from './transliteration';

/**
 * Folds applied after transliteration so that the common Latin spellings of one
 * Ukrainian name meet: Hryhorii / Grigoriy / Grygorij, Kharkiv / Harkiv, Andriy / Andrii.
 * Applied identically to stored text and to queries, so a fold can never hide a match.
 */
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/kh/g, 'h'],
  [/g/g, 'h'],
  [/hh+/g, 'h'],
  [/[yj]/g, 'i'],
  [/w/g, 'v'],
  [/ii+/g, 'i'],
];

/** The normalized form used for substring search: Latin, folded, accents removed. */
export function searchKey(text: string): string {
  let key = toLatin(text.normalize('NFKD').replace(/\p{M}/gu, ''));
  key = key.replace(/[^a-z0-9@.+_\- ]+/g, ' ');
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  return key.replace(/\s+/g, ' ').trim();
}

/** Minimum length of a normalized query; shorter fragments match too much to be useful. */
export const MIN_SEARCH_LENGTH = 3;

export type ContactSearchQuery =
  | { kind: 'phone'; needle: string }
  | { kind: 'text'; needle: string };

const PHONE_LIKE = /^[+\d\s().\-]+$/;

/**
 * Turns what a user typed into the needle matched against the stored search document.
 * Phone-like input is reduced to digits; a leading national 0 is dropped so that
 * "067 123" finds "+38067123…".
 */
export function parseContactSearch(input: string): ContactSearchQuery | null {
  const trimmed = input.trim();
  if (PHONE_LIKE.test(trimmed) && /\d/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '').replace(/^0/, '');
    return digits.length >= MIN_SEARCH_LENGTH ? { kind: 'phone', needle: digits } : null;
  }
  const needle = searchKey(trimmed);
  return needle.length >= MIN_SEARCH_LENGTH ? { kind: 'text', needle } : null;
}

/** The stored document a contact is searched by: folded name and e-mails, then phone digits. */
export function contactSearchDocument(parts: {
  lastName: string;
  firstName: string;
  patronymic?: string | null;
  emails?: readonly string[];
  phones?: readonly string[];
}): string {
  const text = searchKey([parts.lastName, parts.firstName, parts.patronymic ?? '', ...(parts.emails ?? [])].join(' '));
  const digits = (parts.phones ?? []).map((phone) => phone.replace(/\D/g, '')).filter(Boolean);
  return [text, ...digits].join(' ');
}
