import type { ContactKind, Gender, MembershipStatus, MembershipType } from './contact-fields';
import type { ContactFieldsInput } from './contact-validation';

/** Which record a merged field is taken from. */
export type MergeSide = 'survivor' | 'merged';
/** Notes may also keep both texts, the survivor's first. */
export type MergeNotesChoice = MergeSide | 'both';

/**
 * Fields a merge takes from one record or the other. Address, consent and membership go as
 * groups: a street from one record and a town from the other would describe no real place.
 */
export const MERGE_SIDE_FIELDS = [
  'lastName', 'firstName', 'patronymic', 'gender', 'birthDate', 'address', 'contactType', 'source', 'consent', 'membership',
] as const;
export type MergeSideField = (typeof MERGE_SIDE_FIELDS)[number];

/** Lists a merge keeps any selection of, from both records (the union by default). */
export const MERGE_LIST_FIELDS = ['phones', 'emails', 'tags'] as const;
export type MergeListField = (typeof MERGE_LIST_FIELDS)[number];

export interface MergeChoices {
  sides: Partial<Record<MergeSideField, MergeSide>>;
  notes?: MergeNotesChoice;
  /** The kept items in order; missing means the union, the survivor's first. */
  lists: Partial<Record<MergeListField, readonly string[]>>;
}

/** What a merge reads of each record. */
export interface MergeableContact {
  lastName: string;
  firstName: string;
  patronymic: string | null;
  gender: Gender | null;
  birthDate: string | null;
  phones: readonly string[];
  emails: readonly string[];
  addressRegion: string | null;
  addressSettlement: string | null;
  addressStreet: string | null;
  tags: readonly string[];
  notes: string | null;
  source: string | null;
  contactType: ContactKind;
  consentAt: Date | string | null;
  consentVersion: string | null;
  membershipType: MembershipType | null;
  membershipStatus: MembershipStatus | null;
  membershipSince: string | null;
  cardNumber: string | null;
}

/** Whether a record has nothing in a side field, so the other record's value fills the gap. */
export function isSideEmpty(contact: MergeableContact, field: MergeSideField): boolean {
  switch (field) {
    case 'address':
      return !contact.addressRegion && !contact.addressSettlement && !contact.addressStreet;
    case 'consent':
      return contact.consentAt === null;
    case 'membership':
      return contact.membershipStatus === null;
    case 'contactType':
      // Every record has a type; "supporter" is what a record gets when nobody chose one.
      return contact.contactType === 'supporter';
    default:
      return !contact[field];
  }
}

/** The survivor's items, then the merged record's that it lacks. */
export function unionList(survivor: readonly string[], merged: readonly string[]): string[] {
  return [...survivor, ...merged.filter((item) => !survivor.includes(item))];
}

/**
 * The choices a merge starts from: the survivor's value, unless it has none and the merged
 * record does; every phone, e-mail and tag of both; both notes.
 */
export function defaultMergeChoices(survivor: MergeableContact, merged: MergeableContact): MergeChoices {
  const sides: Partial<Record<MergeSideField, MergeSide>> = {};
  for (const field of MERGE_SIDE_FIELDS) {
    sides[field] = isSideEmpty(survivor, field) && !isSideEmpty(merged, field) ? 'merged' : 'survivor';
  }
  return { sides, notes: 'both', lists: {} };
}

export interface MergeResult {
  /** The survivor's own fields after the merge, to be checked by `validateContactFields`. */
  fields: ContactFieldsInput;
  consentFrom: MergeSide;
  membershipFrom: MergeSide;
}

/** Applies choices (over the defaults) to two records: the survivor's fields after the merge. */
export function mergeFields(survivor: MergeableContact, merged: MergeableContact, choices: Partial<MergeChoices> = {}): MergeResult {
  const defaults = defaultMergeChoices(survivor, merged);
  const side = (field: MergeSideField): MergeSide => choices.sides?.[field] ?? defaults.sides[field] ?? 'survivor';
  const from = (field: MergeSideField) => (side(field) === 'merged' ? merged : survivor);
  const list = (field: MergeListField) => [...(choices.lists?.[field] ?? unionList(survivor[field], merged[field]))];
  const address = from('address');
  return {
    fields: {
      lastName: from('lastName').lastName,
      firstName: from('firstName').firstName,
      patronymic: from('patronymic').patronymic,
      gender: from('gender').gender,
      birthDate: from('birthDate').birthDate,
      phones: list('phones'),
      emails: list('emails'),
      addressRegion: address.addressRegion,
      addressSettlement: address.addressSettlement,
      addressStreet: address.addressStreet,
      tags: list('tags'),
      notes: mergedNotes(survivor.notes, merged.notes, choices.notes ?? defaults.notes ?? 'both'),
      source: from('source').source,
      contactType: from('contactType').contactType,
    },
    consentFrom: side('consent'),
    membershipFrom: side('membership'),
  };
}

function mergedNotes(survivor: string | null, merged: string | null, choice: MergeNotesChoice): string | null {
  if (choice === 'survivor') return survivor;
  if (choice === 'merged') return merged;
  const texts = [survivor?.trim(), merged?.trim()].filter((text): text is string => Boolean(text));
  const distinct = texts.filter((text, index) => texts.indexOf(text) === index);
  return distinct.length > 0 ? distinct.join('\n\n') : null;
}

/** Items of a chosen list that neither record has: a merge keeps, it does not invent. */
export function foreignListItems(chosen: readonly string[], survivor: readonly string[], merged: readonly string[], normalize: (raw: string) => string | null): number[] {
  const known = new Set([...survivor, ...merged]);
  return chosen.flatMap((raw, index) => {
    const value = normalize(raw);
    return value !== null && !known.has(value) ? [index] : [];
  });
}
