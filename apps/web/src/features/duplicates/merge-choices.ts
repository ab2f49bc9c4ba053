import {
  defaultMergeChoices, MERGE_LIST_FIELDS, MERGE_SIDE_FIELDS, unionList,
  type MergeableContact, type MergeListField, type MergeSideField,
} from '@hromada/shared';
import type { MergeContactFragment, MergeFieldChoices, MergeSide } from '../../gql/graphql';

/** The two records on screen: record 1 (left, `a`) and record 2 (right, `b`). */
export type Side = 'a' | 'b';

/** What the person chose, by screen side, so switching the kept record keeps their choices. */
export interface CompareState {
  survivor: Side;
  sides: Record<MergeSideField, Side>;
  notes: Side | 'both';
  /** Checked items of each list, in no particular order. */
  lists: Record<MergeListField, string[]>;
}

export const other = (side: Side): Side => (side === 'a' ? 'b' : 'a');

/** A record as the shared merge rules read it (the API sends enum values upper-case). */
export function toMergeable(contact: MergeContactFragment): MergeableContact {
  const lower = <T extends string>(value: string | null | undefined) => (value ? (value.toLowerCase() as T) : null);
  return {
    lastName: contact.lastName,
    firstName: contact.firstName,
    patronymic: contact.patronymic ?? null,
    gender: lower(contact.gender),
    birthDate: contact.birthDate ?? null,
    phones: contact.phones,
    emails: contact.emails,
    addressRegion: contact.addressRegion ?? null,
    addressSettlement: contact.addressSettlement ?? null,
    addressStreet: contact.addressStreet ?? null,
    tags: contact.tags,
    notes: contact.notes ?? null,
    source: contact.source ?? null,
    contactType: lower(contact.contactType) ?? 'supporter',
    consentAt: contact.consentAt ?? null,
    consentVersion: contact.consentVersion ?? null,
    membershipType: lower(contact.membershipType),
    membershipStatus: lower(contact.membershipStatus),
    membershipSince: contact.membershipSince ?? null,
    cardNumber: contact.cardNumber ?? null,
  };
}

/**
 * Where a comparison starts: the older record is kept (its history is the longer one); each
 * field keeps its value unless only the other record has one; every list item of both is ticked.
 */
export function initialCompareState(a: MergeContactFragment, b: MergeContactFragment): CompareState {
  const survivor: Side = a.createdAt <= b.createdAt ? 'a' : 'b';
  const records = { a: toMergeable(a), b: toMergeable(b) };
  const defaults = defaultMergeChoices(records[survivor], records[other(survivor)]);
  const sides = Object.fromEntries(
    MERGE_SIDE_FIELDS.map((field) => [field, defaults.sides[field] === 'merged' ? other(survivor) : survivor]),
  ) as Record<MergeSideField, Side>;
  const lists = Object.fromEntries(MERGE_LIST_FIELDS.map((field) => [field, unionList(records.a[field], records.b[field])])) as Record<MergeListField, string[]>;
  return { survivor, sides, notes: 'both', lists };
}

/** The mutation's choices: screen sides become survivor or merged; lists keep the kept record's order first. */
export function toFieldChoices(state: CompareState, a: MergeContactFragment, b: MergeContactFragment): MergeFieldChoices {
  const records = { a, b };
  const side = (chosen: Side): MergeSide => (chosen === state.survivor ? 'SURVIVOR' : 'MERGED');
  const list = (field: MergeListField) =>
    unionList(records[state.survivor][field], records[other(state.survivor)][field]).filter((item) => state.lists[field].includes(item));
  const choices: MergeFieldChoices = {
    notes: state.notes === 'both' ? 'BOTH' : side(state.notes),
    phones: list('phones'),
    emails: list('emails'),
    tags: list('tags'),
  };
  for (const field of MERGE_SIDE_FIELDS) choices[field] = side(state.sides[field]);
  return choices;
}
