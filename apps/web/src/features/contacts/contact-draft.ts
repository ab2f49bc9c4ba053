import { CONTACT_LIMITS, CURRENT_CONSENT_VERSION, formatPhone } from '@hromada/shared';
import type { ContactInput, ContactKind, ContactRecordFragment, Gender } from '../../gql/graphql';

/** The contact form's state: every field as the inputs hold it. */
export interface ContactDraft {
  lastName: string;
  firstName: string;
  patronymic: string;
  gender: Gender | '';
  birthDate: string;
  contactType: ContactKind;
  phones: string[];
  emails: string[];
  addressRegion: string;
  addressSettlement: string;
  addressStreet: string;
  consent: boolean;
  tags: string[];
  source: string;
  notes: string;
}

export type DraftField = keyof ContactDraft;

export const EMPTY_DRAFT: ContactDraft = {
  lastName: '',
  firstName: '',
  patronymic: '',
  gender: '',
  birthDate: '',
  contactType: 'SUPPORTER',
  phones: [''],
  emails: [''],
  addressRegion: '',
  addressSettlement: '',
  addressStreet: '',
  consent: false,
  tags: [],
  source: '',
  notes: '',
};

/** Field names as the API reports problems, list items by position (`phones.1`). */
export const CONTACT_FORM_FIELDS: readonly string[] = [
  'orgUnitId', 'lastName', 'firstName', 'patronymic', 'gender', 'birthDate', 'contactType',
  'phones', ...Array.from({ length: CONTACT_LIMITS.phones + 5 }, (_, i) => `phones.${i}`),
  'emails', ...Array.from({ length: CONTACT_LIMITS.emails + 5 }, (_, i) => `emails.${i}`),
  'addressRegion', 'addressSettlement', 'addressStreet', 'consentVersion',
  'tags', ...Array.from({ length: CONTACT_LIMITS.tags + 5 }, (_, i) => `tags.${i}`),
  'source', 'notes',
];

export function draftFrom(contact: ContactRecordFragment): ContactDraft {
  return {
    lastName: contact.lastName,
    firstName: contact.firstName,
    patronymic: contact.patronymic ?? '',
    gender: contact.gender ?? '',
    birthDate: contact.birthDate ?? '',
    contactType: contact.contactType,
    phones: contact.phones.length > 0 ? contact.phones.map(formatPhone) : [''],
    emails: contact.emails.length > 0 ? [...contact.emails] : [''],
    addressRegion: contact.addressRegion ?? '',
    addressSettlement: contact.addressSettlement ?? '',
    addressStreet: contact.addressStreet ?? '',
    consent: contact.consentAt != null,
    tags: [...contact.tags],
    source: contact.source ?? '',
    notes: contact.notes ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value);

/**
 * What the API is sent. Lists go as typed, blanks included, so a problem reported for
 * `phones.2` is the third row on screen. Consent: ticking records the current text,
 * unticking withdraws it, leaving it as it was sends nothing.
 */
export function inputFrom(draft: ContactDraft, hadConsent: boolean): ContactInput {
  const input: ContactInput = {
    lastName: draft.lastName,
    firstName: draft.firstName,
    patronymic: orNull(draft.patronymic),
    gender: draft.gender === '' ? null : draft.gender,
    birthDate: orNull(draft.birthDate),
    contactType: draft.contactType,
    phones: draft.phones,
    emails: draft.emails,
    addressRegion: orNull(draft.addressRegion),
    addressSettlement: orNull(draft.addressSettlement),
    addressStreet: orNull(draft.addressStreet),
    tags: draft.tags,
    source: orNull(draft.source),
    notes: orNull(draft.notes),
  };
  if (draft.consent && !hadConsent) input.consentVersion = CURRENT_CONSENT_VERSION;
  if (!draft.consent && hadConsent) input.consentVersion = null;
  return input;
}

const same = (a: ContactDraft[DraftField], b: ContactDraft[DraftField]) =>
  Array.isArray(a) && Array.isArray(b) ? a.filter(Boolean).join('\n') === b.filter(Boolean).join('\n') : a === b;

/** The fields the user changed since `base`, in form order. */
export function changedFields(draft: ContactDraft, base: ContactDraft): DraftField[] {
  return (Object.keys(EMPTY_DRAFT) as DraftField[]).filter((field) => !same(draft[field], base[field]));
}
