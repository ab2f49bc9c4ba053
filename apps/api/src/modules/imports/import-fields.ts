import { createHash } from 'node:crypto';
import type { FieldProblem } from '@hromada/shared';

/** What a column of an import file can be: a contact field, a whole name to split, a unit, or nothing. */
export const IMPORT_FIELDS = [
  'ignore', 'lastName', 'firstName', 'patronymic', 'fullName', 'phone', 'email', 'gender', 'birthDate',
  'addressRegion', 'addressSettlement', 'addressStreet', 'tags', 'notes', 'source', 'contactType', 'unit',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields several columns may feed: each adds its values to the contact's list. */
const MULTI_COLUMN: ReadonlySet<ImportField> = new Set(['ignore', 'phone', 'email', 'tags']);

/** One field per column, in column order. */
export type ImportMapping = ImportField[];

export function isImportField(value: unknown): value is ImportField {
  return typeof value === 'string' && (IMPORT_FIELDS as readonly string[]).includes(value);
}

/**
 * Header words people use, folded by `foldHeader`, in Ukrainian, English and the Russian
 * of old spreadsheets. Only exact matches count: a guess that is wrong costs more than none.
 */
const HEADER_WORDS: Readonly<Record<Exclude<ImportField, 'ignore'>, readonly string[]>> = {
  lastName: ['прізвище', 'призвище', 'фамілія', 'фамилия', 'last name', 'lastname', 'surname', 'family name'],
  firstName: ['імя', 'имя', 'first name', 'firstname', 'given name'],
  patronymic: ['по батькові', 'побатькові', 'отчество', 'patronymic', 'middle name', 'middlename'],
  fullName: [
    'піб', 'п і б', 'фіо', 'фио', 'прізвище імя по батькові', 'прізвище імя', 'імя та прізвище', 'повне імя',
    'name', 'full name', 'fullname', 'contact', 'контакт',
  ],
  phone: [
    'телефон', 'тел', 'моб', 'мобільний', 'мобільний телефон', 'моб телефон', 'номер телефону',
    'phone', 'phone number', 'mobile', 'mobile phone', 'telephone', 'tel', 'cell',
  ],
  email: ['email', 'e mail', 'емейл', 'ел пошта', 'електронна пошта', 'пошта', 'mail', 'e mail address', 'email address'],
  gender: ['стать', 'пол', 'gender', 'sex'],
  birthDate: [
    'дата народження', 'день народження', 'народження', 'дн', 'д н', 'дата рождения',
    'birth date', 'birthdate', 'date of birth', 'dob', 'birthday',
  ],
  addressRegion: ['область', 'регіон', 'region', 'oblast', 'state', 'province'],
  addressSettlement: ['населений пункт', 'нас пункт', 'місто', 'місто село', 'село', 'city', 'town', 'settlement', 'locality'],
  addressStreet: ['вулиця', 'адреса', 'адреса проживання', 'street', 'address', 'street address'],
  tags: ['теги', 'тег', 'мітки', 'мітка', 'tags', 'tag', 'labels'],
  notes: ['примітки', 'примітка', 'нотатки', 'коментар', 'коментарі', 'notes', 'note', 'comment', 'comments'],
  source: ['джерело', 'source'],
  contactType: ['тип', 'тип контакту', 'категорія', 'type', 'contact type', 'kind'],
  unit: ['осередок', 'підрозділ', 'відділення', 'код осередку', 'branch', 'branch code', 'unit', 'unit code', 'organization unit'],
};

const FIELD_BY_WORD = new Map<string, ImportField>(
  Object.entries(HEADER_WORDS).flatMap(([field, words]) => words.map((word) => [word, field as ImportField] as const)),
);

/** A header folded for comparison: lower case, no apostrophes or punctuation, no trailing number ("Телефон 2"). */
export function foldHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[’'ʼ`"]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+\d+$/, '')
    .replace(/^\d+\s+/, '');
}

/** A mapping guessed from the headers; a single-valued field goes to its first column only. */
export function suggestMapping(headers: readonly string[]): ImportMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = FIELD_BY_WORD.get(foldHeader(header));
    if (!field || (taken.has(field) && !MULTI_COLUMN.has(field))) return 'ignore';
    taken.add(field);
    return field;
  });
}

/** Identifies a header row, so a mapping saved for it is found for the next file with the same columns. */
export function headerSignature(headers: readonly string[]): string {
  const folded = headers.map((header) => header.trim().toLowerCase().replace(/\s+/g, ' '));
  return createHash('sha256').update(JSON.stringify(folded)).digest('hex');
}

/**
 * What is wrong with a mapping for these headers: every column mapped once, single-valued
 * fields on one column, a name (last and first name, or a full name to split), and a unit
 * for each row (a unit column, or a unit for all rows).
 */
export function mappingProblems(mapping: readonly string[], columnCount: number, hasTargetUnit: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (mapping.length !== columnCount || !mapping.every(isImportField)) {
    return [{ field: 'mapping', i18nKey: 'imports:error.mappingColumns', params: { count: columnCount } }];
  }
  const fields = mapping as ImportMapping;
  const used = (field: ImportField) => fields.filter((f) => f === field).length;
  for (const field of IMPORT_FIELDS) {
    if (!MULTI_COLUMN.has(field) && used(field) > 1) {
      problems.push({ field: `mapping.${fields.indexOf(field)}`, i18nKey: 'imports:error.mappingDuplicate', params: { field } });
    }
  }
  const splitName = used('lastName') + used('firstName') + used('patronymic') > 0;
  if (used('fullName') > 0 && splitName) {
    problems.push({ field: 'mapping', i18nKey: 'imports:error.mappingNameTwice' });
  } else if (used('fullName') === 0 && (used('lastName') === 0 || used('firstName') === 0)) {
    problems.push({ field: 'mapping', i18nKey: 'imports:error.mappingNeedsName' });
  }
  if (used('unit') === 0 && !hasTargetUnit) {
    problems.push({ field: 'targetOrgUnitId', i18nKey: 'imports:error.unitRequired' });
  }
  return problems;
}
