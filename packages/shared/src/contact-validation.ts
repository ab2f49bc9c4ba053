import { CONTACT_KINDS, CONTACT_LIMITS, GENDERS, isOneOf, type ContactKind, type Gender } from './contact-fields';
import { isValidEmail, normalizeEmail } from './email';
import { normalizePhone } from './phone';

/** A contact's own fields as a form, an import row or the API gives them. */
export interface ContactFieldsInput {
  lastName: string;
  firstName: string;
  patronymic?: string | null;
  gender?: string | null;
  /** ISO date, YYYY-MM-DD. */
  birthDate?: string | null;
  phones?: readonly string[] | null;
  emails?: readonly string[] | null;
  addressRegion?: string | null;
  addressSettlement?: string | null;
  addressStreet?: string | null;
  tags?: readonly string[] | null;
  notes?: string | null;
  source?: string | null;
  contactType?: string | null;
}

export interface ContactFields {
  lastName: string;
  firstName: string;
  patronymic: string | null;
  gender: Gender | null;
  birthDate: string | null;
  phones: string[];
  emails: string[];
  addressRegion: string | null;
  addressSettlement: string | null;
  addressStreet: string | null;
  tags: string[];
  notes: string | null;
  source: string | null;
  contactType: ContactKind;
}

/** One problem with one field; `field` names list items by position, e.g. `phones.1`. */
export interface FieldProblem {
  field: string;
  /** Namespace-prefixed i18n key. */
  i18nKey: string;
  params?: Record<string, string | number>;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date in YYYY-MM-DD form. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Trimmed text, or null when empty. */
export function cleanText(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim().replace(/\s+/g, ' ');
  return trimmed === '' ? null : trimmed;
}

/**
 * Checks and normalizes a contact's fields: phones to E.164 (Ukraine by default), e-mails
 * lower-cased, duplicates within a list dropped, a birth date not after `today` (YYYY-MM-DD,
 * in the organization's zone). Every problem is reported, not just the first.
 */
export function validateContactFields(input: ContactFieldsInput, today: string): Validated<ContactFields> {
  const problems: FieldProblem[] = [];
  const text = (field: string, value: string | null | undefined, max: number) => {
    // Notes keep their line breaks; other text is folded to single spaces.
    const cleaned = field === 'notes' ? (value ?? '').trim() || null : cleanText(value);
    if (cleaned && cleaned.length > max) problems.push({ field, i18nKey: 'errors:fieldTooLong', params: { max } });
    return cleaned;
  };
  nameProblems(problems, 'lastName', input.lastName);
  nameProblems(problems, 'firstName', input.firstName);
  const patronymic = cleanText(input.patronymic);
  if (patronymic && patronymic.length > CONTACT_LIMITS.name) problems.push({ field: 'patronymic', i18nKey: 'errors:fieldTooLong', params: { max: CONTACT_LIMITS.name } });

  let gender: Gender | null = null;
  if (cleanText(input.gender)) {
    if (isOneOf(GENDERS, input.gender)) gender = input.gender;
    else problems.push({ field: 'gender', i18nKey: 'errors:fieldInvalid' });
  }

  const birthDate = cleanText(input.birthDate);
  if (birthDate && !isIsoDate(birthDate)) problems.push({ field: 'birthDate', i18nKey: 'errors:dateInvalid' });
  else if (birthDate && birthDate > today) problems.push({ field: 'birthDate', i18nKey: 'errors:birthDateInFuture' });
  else if (birthDate && birthDate < '1900-01-01') problems.push({ field: 'birthDate', i18nKey: 'errors:dateInvalid' });

  const phones = listOf(problems, 'phones', input.phones, CONTACT_LIMITS.phones, (raw) => normalizePhone(raw), 'errors:phoneInvalid');
  const emails = listOf(problems, 'emails', input.emails, CONTACT_LIMITS.emails, (raw) => {
    const email = normalizeEmail(raw);
    return isValidEmail(email) ? email : null;
  }, 'errors:emailInvalidValue');
  const tags = listOf(problems, 'tags', input.tags, CONTACT_LIMITS.tags, (raw) => {
    const tag = cleanText(raw);
    return tag && tag.length <= CONTACT_LIMITS.tag ? tag : null;
  }, 'errors:tagInvalid', { max: CONTACT_LIMITS.tag });

  const addressRegion = text('addressRegion', input.addressRegion, CONTACT_LIMITS.addressRegion);
  const addressSettlement = text('addressSettlement', input.addressSettlement, CONTACT_LIMITS.addressSettlement);
  const addressStreet = text('addressStreet', input.addressStreet, CONTACT_LIMITS.addressStreet);
  const notes = text('notes', input.notes, CONTACT_LIMITS.notes);
  const source = text('source', input.source, CONTACT_LIMITS.source);

  let contactType: ContactKind = 'supporter';
  if (cleanText(input.contactType)) {
    if (isOneOf(CONTACT_KINDS, input.contactType)) contactType = input.contactType;
    else problems.push({ field: 'contactType', i18nKey: 'errors:fieldInvalid' });
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      lastName: cleanText(input.lastName)!, firstName: cleanText(input.firstName)!, patronymic, gender, birthDate, phones, emails,
      addressRegion, addressSettlement, addressStreet, tags, notes, source, contactType,
    },
  };
}

function nameProblems(problems: FieldProblem[], field: 'lastName' | 'firstName', value: string | null | undefined): void {
  const cleaned = cleanText(value);
  if (!cleaned) problems.push({ field, i18nKey: 'errors:fieldRequired' });
  else if (cleaned.length > CONTACT_LIMITS.name) problems.push({ field, i18nKey: 'errors:fieldTooLong', params: { max: CONTACT_LIMITS.name } });
}

/** Normalizes each non-empty item; a bad item is a problem at its position, repeats are dropped. */
function listOf(
  problems: FieldProblem[],
  field: string,
  items: readonly string[] | null | undefined,
  max: number,
  normalize: (raw: string) => string | null,
  invalidKey: string,
  params?: Record<string, string | number>,
): string[] {
  const result: string[] = [];
  (items ?? []).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const value = normalize(raw);
    if (value === null) problems.push({ field: `${field}.${index}`, i18nKey: invalidKey, params: { ...params, value: raw.trim() } });
    else if (!result.includes(value)) result.push(value);
  });
  if (result.length > max) problems.push({ field, i18nKey: 'errors:tooManyItems', params: { max } });
  return result;
}
