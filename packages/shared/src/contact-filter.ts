import {
  CONTACT_KINDS,
  CONTACT_LIMITS,
  GENDERS,
  MEMBERSHIP_STATUSES,
  MEMBERSHIP_TYPES,
  isOneOf,
  type ContactKind,
  type Gender,
  type MembershipType,
} from './contact-fields';
import { cleanText, isIsoDate, type FieldProblem, type Validated } from './contact-validation';

/**
 * A smart group's criteria as stored JSON. The version is saved with every filter so a later
 * change of meaning can upgrade stored filters instead of misreading them.
 */
export const CONTACT_FILTER_VERSION = 1;

/** "Has no membership at all", beside the membership statuses. */
export const NO_MEMBERSHIP = 'none';
export const MEMBERSHIP_STATUS_FILTERS = [...MEMBERSHIP_STATUSES, NO_MEMBERSHIP] as const;
export type MembershipStatusFilter = (typeof MEMBERSHIP_STATUS_FILTERS)[number];

export const CONTACT_FILTER_LIMITS = { units: 50, tags: CONTACT_LIMITS.tags, maxAge: 150, maxKopiyky: 100_000_000_000 } as const;

/**
 * Every criterion is optional: an empty list or null means "any". Lists match any of their
 * values, except `tagsAll` (every tag). Units match their whole subtree. Ages are whole
 * years on the organization's today; dates are calendar days in the organization's zone,
 * both ends included. Money is in kopiyky.
 */
export interface ContactFilter {
  version: typeof CONTACT_FILTER_VERSION;
  unitIds: string[];
  membershipTypes: MembershipType[];
  membershipStatuses: MembershipStatusFilter[];
  contactTypes: ContactKind[];
  tagsAny: string[];
  tagsAll: string[];
  genders: Gender[];
  ageMin: number | null;
  ageMax: number | null;
  /** true: balance below zero; false: not in arrears. */
  inArrears: boolean | null;
  /** Owes at least this much: balance ≤ −amount. */
  arrearsAtLeastKopiyky: number | null;
  createdFrom: string | null;
  createdTo: string | null;
  hasPhone: boolean | null;
  hasEmail: boolean | null;
  /** Consented to the processing of their data (and has not withdrawn it). */
  hasConsent: boolean | null;
}

/** A filter as a form, the API or stored JSON gives it: anything may be missing. */
export type ContactFilterInput = { [K in keyof ContactFilter]?: unknown };

export const EMPTY_CONTACT_FILTER: ContactFilter = {
  version: CONTACT_FILTER_VERSION,
  unitIds: [],
  membershipTypes: [],
  membershipStatuses: [],
  contactTypes: [],
  tagsAny: [],
  tagsAll: [],
  genders: [],
  ageMin: null,
  ageMax: null,
  inArrears: null,
  arrearsAtLeastKopiyky: null,
  createdFrom: null,
  createdTo: null,
  hasPhone: null,
  hasEmail: null,
  hasConsent: null,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks and normalizes a filter: every problem at once, list items by position (`tagsAny.2`),
 * repeats dropped, tags trimmed. Stored filters go through it too, so an old version is
 * either upgraded here or refused, never misread.
 */
export function validateContactFilter(input: ContactFilterInput): Validated<ContactFilter> {
  const problems: FieldProblem[] = [];
  if (input.version !== undefined && input.version !== null && input.version !== CONTACT_FILTER_VERSION) {
    problems.push({ field: 'version', i18nKey: 'errors:filterVersionUnsupported' });
  }
  const unitIds = list(problems, 'unitIds', input.unitIds, CONTACT_FILTER_LIMITS.units, (v) => (typeof v === 'string' && UUID.test(v) ? v.toLowerCase() : null), 'errors:fieldInvalid');
  const oneOf = <T extends string>(values: readonly T[]) => (v: unknown) => (isOneOf(values, v) ? v : null);
  const membershipTypes = list(problems, 'membershipTypes', input.membershipTypes, MEMBERSHIP_TYPES.length, oneOf(MEMBERSHIP_TYPES), 'errors:fieldInvalid');
  const membershipStatuses = list(problems, 'membershipStatuses', input.membershipStatuses, MEMBERSHIP_STATUS_FILTERS.length, oneOf(MEMBERSHIP_STATUS_FILTERS), 'errors:fieldInvalid');
  const contactTypes = list(problems, 'contactTypes', input.contactTypes, CONTACT_KINDS.length, oneOf(CONTACT_KINDS), 'errors:fieldInvalid');
  const genders = list(problems, 'genders', input.genders, GENDERS.length, oneOf(GENDERS), 'errors:fieldInvalid');
  const tag = (v: unknown) => {
    const cleaned = typeof v === 'string' ? cleanText(v) : null;
    return cleaned && cleaned.length <= CONTACT_LIMITS.tag ? cleaned : null;
  };
  const tagsAny = list(problems, 'tagsAny', input.tagsAny, CONTACT_FILTER_LIMITS.tags, tag, 'errors:tagInvalid', { max: CONTACT_LIMITS.tag });
  const tagsAll = list(problems, 'tagsAll', input.tagsAll, CONTACT_FILTER_LIMITS.tags, tag, 'errors:tagInvalid', { max: CONTACT_LIMITS.tag });

  const age = (field: 'ageMin' | 'ageMax') => wholeNumber(problems, field, input[field], 0, CONTACT_FILTER_LIMITS.maxAge, 'errors:ageInvalid');
  const ageMin = age('ageMin');
  const ageMax = age('ageMax');
  if (ageMin !== null && ageMax !== null && ageMin > ageMax) problems.push({ field: 'ageMax', i18nKey: 'errors:rangeInverted' });

  const inArrears = flag(problems, 'inArrears', input.inArrears);
  const arrearsAtLeastKopiyky = wholeNumber(problems, 'arrearsAtLeastKopiyky', input.arrearsAtLeastKopiyky, 1, CONTACT_FILTER_LIMITS.maxKopiyky, 'errors:amountInvalid');
  if (arrearsAtLeastKopiyky !== null && inArrears === false) problems.push({ field: 'arrearsAtLeastKopiyky', i18nKey: 'errors:arrearsConflict' });

  const date = (field: 'createdFrom' | 'createdTo') => {
    const value = input[field];
    if (value === undefined || value === null || value === '') return null;
    if (typeof value === 'string' && isIsoDate(value)) return value;
    problems.push({ field, i18nKey: 'errors:dateInvalid' });
    return null;
  };
  const createdFrom = date('createdFrom');
  const createdTo = date('createdTo');
  if (createdFrom && createdTo && createdFrom > createdTo) problems.push({ field: 'createdTo', i18nKey: 'errors:rangeInverted' });

  const hasPhone = flag(problems, 'hasPhone', input.hasPhone);
  const hasEmail = flag(problems, 'hasEmail', input.hasEmail);
  const hasConsent = flag(problems, 'hasConsent', input.hasConsent);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      version: CONTACT_FILTER_VERSION, unitIds, membershipTypes, membershipStatuses, contactTypes, tagsAny, tagsAll, genders,
      ageMin, ageMax, inArrears, arrearsAtLeastKopiyky, createdFrom, createdTo, hasPhone, hasEmail, hasConsent,
    },
  };
}

/** True when the filter has no criterion: it matches everyone in scope. */
export function isEmptyContactFilter(filter: ContactFilter): boolean {
  return (Object.keys(EMPTY_CONTACT_FILTER) as (keyof ContactFilter)[]).every((key) => {
    const value = filter[key];
    return key === 'version' || value === null || (Array.isArray(value) && value.length === 0);
  });
}

/**
 * The latest birth date of someone who is at least `years` old on `today` (YYYY-MM-DD).
 * A 29 February birthday counts from 1 March in other years, as PostgreSQL's `age()` does.
 */
export function bornOnOrBefore(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function list<T>(
  problems: FieldProblem[],
  field: string,
  items: unknown,
  max: number,
  normalize: (raw: unknown) => T | null,
  invalidKey: string,
  params?: Record<string, string | number>,
): T[] {
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items)) {
    problems.push({ field, i18nKey: 'errors:fieldInvalid' });
    return [];
  }
  const result: T[] = [];
  items.forEach((raw, index) => {
    if (typeof raw === 'string' && raw.trim() === '') return;
    const value = normalize(raw);
    if (value === null) problems.push({ field: `${field}.${index}`, i18nKey: invalidKey, params: { ...params, value: String(raw).trim().slice(0, 60) } });
    else if (!result.includes(value)) result.push(value);
  });
  if (result.length > max) problems.push({ field, i18nKey: 'errors:tooManyItems', params: { max } });
  return result;
}

function wholeNumber(problems: FieldProblem[], field: string, value: unknown, min: number, max: number, i18nKey: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  problems.push({ field, i18nKey, params: { min, max } });
  return null;
}

function flag(problems: FieldProblem[], field: string, value: unknown): boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value;
  problems.push({ field, i18nKey: 'errors:fieldInvalid' });
  return null;
}
