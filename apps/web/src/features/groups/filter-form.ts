import {
  CONTACT_KINDS,
  GENDERS,
  MEMBERSHIP_STATUS_FILTERS,
  MEMBERSHIP_TYPES,
  validateContactFilter,
  type FieldProblem,
} from '@hromada/shared';
import type {
  ContactFilterFieldsFragment,
  ContactFilterInput,
  ContactKind,
  Gender,
  MembershipStatusFilter,
  MembershipType,
} from '../../gql/graphql';

/** The API's enum values, in the order the builder lists them. */
const upper = <T extends string>(values: readonly string[]) => values.map((v) => v.toUpperCase() as T);
export const STATUS_CHOICES = upper<MembershipStatusFilter>(MEMBERSHIP_STATUS_FILTERS);
export const TYPE_CHOICES = upper<MembershipType>(MEMBERSHIP_TYPES);
export const KIND_CHOICES = upper<ContactKind>(CONTACT_KINDS);
export const GENDER_CHOICES = upper<Gender>(GENDERS);

export type TriState = '' | 'yes' | 'no';

export interface FormUnit {
  id: string;
  nameUk: string;
  nameEn: string;
}

/** The builder as typed: text as entered, so a half-typed number is not lost. */
export interface FilterFormState {
  units: FormUnit[];
  membershipStatuses: MembershipStatusFilter[];
  membershipTypes: MembershipType[];
  contactTypes: ContactKind[];
  genders: Gender[];
  tagsAny: string[];
  tagsAll: string[];
  ageMin: string;
  ageMax: string;
  /** '' any, 'yes' in arrears, 'no' not in arrears. */
  arrears: TriState;
  /** Hryvnias, with a comma or a point. */
  arrearsAtLeast: string;
  createdFrom: string;
  createdTo: string;
  hasPhone: TriState;
  hasEmail: TriState;
  hasConsent: TriState;
}

export const EMPTY_FILTER_FORM: FilterFormState = {
  units: [], membershipStatuses: [], membershipTypes: [], contactTypes: [], genders: [], tagsAny: [], tagsAll: [],
  ageMin: '', ageMax: '', arrears: '', arrearsAtLeast: '', createdFrom: '', createdTo: '', hasPhone: '', hasEmail: '', hasConsent: '',
};

const tri = (value: boolean | null | undefined): TriState => (value === true ? 'yes' : value === false ? 'no' : '');
const fromTri = (value: TriState): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null);

/** A saved filter as the builder shows it. */
export function formFromFilter(filter: ContactFilterFieldsFragment): FilterFormState {
  const names = new Map(filter.units.map((u) => [u.id, u]));
  return {
    // Units the viewer cannot see stay chosen; they are shown by id.
    units: filter.unitIds.map((id) => names.get(id) ?? { id, nameUk: id, nameEn: id }),
    membershipStatuses: filter.membershipStatuses,
    membershipTypes: filter.membershipTypes,
    contactTypes: filter.contactTypes,
    genders: filter.genders,
    tagsAny: filter.tagsAny,
    tagsAll: filter.tagsAll,
    ageMin: filter.ageMin === null || filter.ageMin === undefined ? '' : String(filter.ageMin),
    ageMax: filter.ageMax === null || filter.ageMax === undefined ? '' : String(filter.ageMax),
    arrears: tri(filter.inArrears),
    arrearsAtLeast: filter.arrearsAtLeastKopiyky ? kopiykyToText(filter.arrearsAtLeastKopiyky) : '',
    createdFrom: filter.createdFrom ?? '',
    createdTo: filter.createdTo ?? '',
    hasPhone: tri(filter.hasPhone),
    hasEmail: tri(filter.hasEmail),
    hasConsent: tri(filter.hasConsent),
  };
}

export interface CheckedFilter {
  input: ContactFilterInput;
  /** Problems found before asking the API, with the API's own field names and keys. */
  problems: FieldProblem[];
}

/**
 * The builder's state as the API's input, checked by the same shared rules the API uses,
 * so a mistake shows at once, in the same words, without a round trip.
 */
export function filterFromForm(form: FilterFormState): CheckedFilter {
  const problems: FieldProblem[] = [];
  // Digits become a number; anything else goes to the shared check as text, which refuses it.
  const whole = (text: string): number | null | string => {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
  };
  const arrearsAtLeastKopiyky = textToKopiyky(form.arrearsAtLeast);
  if (arrearsAtLeastKopiyky === 'invalid') problems.push({ field: 'arrearsAtLeastKopiyky', i18nKey: 'errors:amountInvalid' });
  const input: ContactFilterInput = {
    unitIds: form.units.map((u) => u.id),
    membershipStatuses: form.membershipStatuses,
    membershipTypes: form.membershipTypes,
    contactTypes: form.contactTypes,
    genders: form.genders,
    tagsAny: form.tagsAny,
    tagsAll: form.tagsAll,
    ageMin: null,
    ageMax: null,
    inArrears: fromTri(form.arrears),
    arrearsAtLeastKopiyky: arrearsAtLeastKopiyky === 'invalid' ? null : arrearsAtLeastKopiyky,
    createdFrom: form.createdFrom || null,
    createdTo: form.createdTo || null,
    hasPhone: fromTri(form.hasPhone),
    hasEmail: fromTri(form.hasEmail),
    hasConsent: fromTri(form.hasConsent),
  };
  const ageMin = whole(form.ageMin);
  const ageMax = whole(form.ageMax);
  const checked = validateContactFilter({
    ...input,
    ageMin,
    ageMax,
    membershipStatuses: form.membershipStatuses.map((v) => v.toLowerCase()),
    membershipTypes: form.membershipTypes.map((v) => v.toLowerCase()),
    contactTypes: form.contactTypes.map((v) => v.toLowerCase()),
    genders: form.genders.map((v) => v.toLowerCase()),
  });
  if (!checked.ok) problems.push(...checked.problems);
  else {
    input.ageMin = checked.value.ageMin;
    input.ageMax = checked.value.ageMax;
    input.tagsAny = checked.value.tagsAny;
    input.tagsAll = checked.value.tagsAll;
  }
  return { input, problems };
}

/** "150,50" or "150.5" hryvnias → 15050 kopiyky; '' → null. */
export function textToKopiyky(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(trimmed);
  if (!match) return 'invalid';
  const kopiyky = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return kopiyky > 0 ? kopiyky : 'invalid';
}

export function kopiykyToText(kopiyky: number): string {
  const hryvnias = Math.floor(kopiyky / 100);
  const rest = kopiyky % 100;
  return rest === 0 ? String(hryvnias) : `${hryvnias},${String(rest).padStart(2, '0')}`;
}
