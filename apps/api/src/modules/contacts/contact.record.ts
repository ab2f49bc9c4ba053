import { contactFullName, type ContactKind, type Gender, type MembershipStatus, type MembershipType } from '@hromada/shared';

/** A contact as the API reads it: a plain row, no entity bookkeeping. */
export interface ContactRecord {
  id: string;
  orgUnitId: string;
  orgPath: string;
  firstName: string;
  lastName: string;
  patronymic: string | null;
  phones: string[];
  emails: string[];
  /** The main phone and e-mail: the first of each. */
  phone: string | null;
  email: string | null;
  gender: Gender | null;
  birthDate: string | null;
  addressRegion: string | null;
  addressSettlement: string | null;
  addressStreet: string | null;
  tags: string[];
  notes: string | null;
  source: string | null;
  consentAt: Date | null;
  consentVersion: string | null;
  contactType: ContactKind;
  membershipType: MembershipType | null;
  membershipStatus: MembershipStatus | null;
  membershipSince: string | null;
  cardNumber: string | null;
  version: number;
  sortName: string;
  /** Last name, first name and patronymic. */
  displayName: string;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = [
  'id', 'org_unit_id', 'org_path::text as org_path', 'first_name', 'last_name', 'patronymic', 'phones', 'emails',
  'gender', 'birth_date::text as birth_date', 'address_region', 'address_settlement', 'address_street', 'tags', 'notes',
  'source', 'consent_version', 'contact_type', 'membership_type', 'membership_status',
  'membership_since::text as membership_since', 'card_number', 'version', 'sort_name',
];

/**
 * The select list `toContactRecord` reads, for the table under `alias`. Timestamps come as
 * epoch milliseconds: a number is turned into a Date far more cheaply than timestamp text.
 */
export function contactColumns(alias: string): string {
  const epochMs = (column: string) => `(extract(epoch from ${alias}.${column}) * 1000)::float8 as ${column}`;
  return [...COLUMNS.map((column) => `${alias}.${column}`), epochMs('consent_at'), epochMs('created_at'), epochMs('updated_at')].join(', ');
}

export interface ContactRow {
  id: string;
  org_unit_id: string;
  org_path: string;
  first_name: string;
  last_name: string;
  patronymic: string | null;
  phones: string[];
  emails: string[];
  gender: Gender | null;
  birth_date: string | null;
  address_region: string | null;
  address_settlement: string | null;
  address_street: string | null;
  tags: string[];
  notes: string | null;
  source: string | null;
  consent_version: string | null;
  contact_type: ContactKind;
  membership_type: MembershipType | null;
  membership_status: MembershipStatus | null;
  membership_since: string | null;
  card_number: string | null;
  version: number;
  sort_name: string;
  /** Epoch milliseconds. */
  consent_at: number | null;
  created_at: number;
  updated_at: number;
}

export function toContactRecord(row: ContactRow): ContactRecord {
  return {
    id: row.id,
    orgUnitId: row.org_unit_id,
    orgPath: row.org_path,
    firstName: row.first_name,
    lastName: row.last_name,
    patronymic: row.patronymic,
    phones: row.phones,
    emails: row.emails,
    phone: row.phones[0] ?? null,
    email: row.emails[0] ?? null,
    gender: row.gender,
    birthDate: row.birth_date,
    addressRegion: row.address_region,
    addressSettlement: row.address_settlement,
    addressStreet: row.address_street,
    tags: row.tags,
    notes: row.notes,
    source: row.source,
    consentAt: row.consent_at === null ? null : new Date(row.consent_at),
    consentVersion: row.consent_version,
    contactType: row.contact_type,
    membershipType: row.membership_type,
    membershipStatus: row.membership_status,
    membershipSince: row.membership_since,
    cardNumber: row.card_number,
    version: row.version,
    sortName: row.sort_name,
    displayName: contactFullName({ lastName: row.last_name, firstName: row.first_name, patronymic: row.patronymic }),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
