import { cleanText, isIsoDate, normalizePhone, type ContactKind, type Gender } from '@hromada/shared';

/** A cell as a file gives it: CSV cells are text, XLSX cells may be numbers, dates or booleans. */
export type Cell = string | number | boolean | Date | null;

/** A value read from a cell: null when the cell is empty, `invalid` when it cannot be read. */
export type CellValue<T> = { value: T | null } | { invalid: true };

const EMPTY = { value: null } as const;
const INVALID = { invalid: true } as const;

/** A cell as text, the way a spreadsheet shows it: dates as YYYY-MM-DD, whole numbers without exponent. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoDate(cell);
  if (typeof cell === 'number') return Number.isInteger(cell) ? BigInt(cell).toString() : String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Excel's day 0 (its day 60 is the 29 February 1900 that never was, so serials from 61 count from here). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A date from a cell: an XLSX date or day number, or text as d.m.yyyy (also with / or -),
 * yyyy-mm-dd (also with . or /) or d.m.yy (a two-digit year not after this year is this
 * century's). A time after the date ("01.02.1980 0:00") is ignored. The day comes first in
 * d/m/y: that is how dates are written here.
 */
export function parseDate(cell: Cell, today: string): CellValue<string> {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? INVALID : { value: isoDate(cell) };
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell >= 2_958_466) return INVALID;
    return { value: isoDate(new Date(EXCEL_EPOCH_MS + Math.floor(cell) * DAY_MS)) };
  }
  const text = cleanText(typeof cell === 'string' ? cell : null);
  if (!text) return EMPTY;
  const datePart = text.split(/[\sT]/)[0];
  let match = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(datePart);
  if (match) return checkedDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})$/.exec(datePart);
  if (!match) return INVALID;
  let year = Number(match[3]);
  if (match[3].length === 2) {
    const thisYear = Number(today.slice(0, 4));
    year += 2000;
    if (year > thisYear) year -= 100;
  }
  return checkedDate(year, Number(match[2]), Number(match[1]));
}

function checkedDate(year: number, month: number, day: number): CellValue<string> {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? { value: iso } : INVALID;
}

const GENDER_WORDS: Readonly<Record<string, Gender>> = {
  ч: 'male', чол: 'male', чоловік: 'male', чоловіча: 'male', чоловічий: 'male', м: 'male', муж: 'male', мужской: 'male',
  m: 'male', male: 'male', man: 'male',
  ж: 'female', жін: 'female', жінка: 'female', жіноча: 'female', жіночий: 'female', жен: 'female', женский: 'female',
  f: 'female', female: 'female', woman: 'female', w: 'female',
};

/** Male or female from the usual ways of writing them (ч/ж, м/ж, m/f, full words). */
export function parseGender(cell: Cell): CellValue<Gender> {
  const word = foldWord(cell);
  if (!word) return EMPTY;
  const gender = GENDER_WORDS[word];
  return gender ? { value: gender } : INVALID;
}

const CONTACT_KIND_WORDS: Readonly<Record<string, ContactKind>> = {
  member: 'member', член: 'member', членкиня: 'member',
  supporter: 'supporter', прихильник: 'supporter', прихильниця: 'supporter', симпатик: 'supporter',
  volunteer: 'volunteer', волонтер: 'volunteer', волонтерка: 'volunteer',
  donor: 'donor', донор: 'donor', донорка: 'donor', благодійник: 'donor', благодійниця: 'donor',
  organization: 'organization', organisation: 'organization', організація: 'organization', орг: 'organization',
};

export function parseContactKind(cell: Cell): CellValue<ContactKind> {
  const word = foldWord(cell);
  if (!word) return EMPTY;
  const kind = CONTACT_KIND_WORDS[word];
  return kind ? { value: kind } : INVALID;
}

/** Lower case, trimmed, without a trailing dot ("ж." is "ж"). */
function foldWord(cell: Cell): string {
  return cellText(cell).trim().toLowerCase().replace(/\.$/, '').replace(/’|ʼ/g, "'");
}

/** Several values in one cell: "067 123 45 67, 050 765 43 21" or "a; b", or one per line. */
export function splitList(cell: Cell): string[] {
  return cellText(cell)
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * A phone as typed for `normalizePhone`. A spreadsheet keeps "380671234567" as a number, and
 * a number has no plus: a bare international number gets its plus back.
 */
export function phoneText(raw: string): string {
  if (!/^\d{11,15}$/.test(raw) || normalizePhone(raw) !== null) return raw;
  return normalizePhone(`+${raw}`) === null ? raw : `+${raw}`;
}

export interface NameParts {
  lastName: string | null;
  firstName: string | null;
  patronymic: string | null;
}

const PATRONYMIC = /(ович|евич|євич|йович|івна|ївна|овна|евна|ічна|інічна|ьович)$/i;

/**
 * Splits "Прізвище Ім'я По батькові" (the order of Ukrainian lists). Also reads "Прізвище,
 * Ім'я По батькові" and "Ім'я По батькові Прізвище" (recognized by the patronymic in the
 * middle). Words past the third belong to the patronymic.
 */
export function splitFullName(cell: Cell): NameParts {
  const text = cleanText(cellText(cell));
  if (!text) return { lastName: null, firstName: null, patronymic: null };
  const comma = text.indexOf(',');
  if (comma >= 0) {
    const [firstName = null, ...rest] = text.slice(comma + 1).trim().split(' ').filter(Boolean);
    return { lastName: cleanText(text.slice(0, comma)), firstName, patronymic: rest.join(' ') || null };
  }
  const words = text.split(' ');
  if (words.length === 3 && PATRONYMIC.test(words[1]) && !PATRONYMIC.test(words[2])) {
    return { lastName: words[2], firstName: words[0], patronymic: words[1] };
  }
  const [lastName = null, firstName = null, ...rest] = words;
  return { lastName, firstName, patronymic: rest.join(' ') || null };
}
