import { contactFullName, type MembershipStatus, type MembershipType } from '@hromada/shared';
import type { TransferStatus } from './membership-transfer.entity';

/** One step of membership history as the API reads it. */
export interface StatusChangeRecord {
  id: string;
  contactId: string;
  fromStatus: MembershipStatus | null;
  toStatus: MembershipStatus;
  membershipType: MembershipType;
  changedOn: string;
  reason: string | null;
  actorName: string | null;
  createdAt: Date;
}

interface StatusChangeRow {
  id: string;
  contact_id: string;
  from_status: MembershipStatus | null;
  to_status: MembershipStatus;
  membership_type: MembershipType;
  changed_on: string;
  reason: string | null;
  actor_name: string | null;
  created_at: number;
}

/** History rows with the actor's name, newest step first (same day: the later recorded first). */
export const STATUS_CHANGE_SELECT = `
  select m.id, m.contact_id, m.from_status, m.to_status, m.membership_type, m.changed_on::text as changed_on, m.reason,
         u.display_name as actor_name, (extract(epoch from m.created_at) * 1000)::float8 as created_at
    from membership_status_change m
    left join app_user u on u.id = m.actor_user_id`;
export const STATUS_CHANGE_ORDER = 'm.changed_on desc, m.created_at desc, m.id desc';

export function toStatusChangeRecord(row: StatusChangeRow): StatusChangeRecord {
  return {
    id: row.id,
    contactId: row.contact_id,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    membershipType: row.membership_type,
    changedOn: row.changed_on,
    reason: row.reason,
    actorName: row.actor_name,
    createdAt: new Date(row.created_at),
  };
}

export interface BranchRecord {
  id: string;
  nameUk: string;
  nameEn: string;
  regionNameUk: string | null;
  regionNameEn: string | null;
}

/** A transfer as the API reads it, with the names both sides are shown. */
export interface TransferRecord {
  id: string;
  status: TransferStatus;
  contactId: string;
  /** Where the contact is kept now: decides whether the viewer is on the sending side. */
  contactPath: string;
  contactDisplayName: string;
  contactMembershipStatus: MembershipStatus | null;
  contactMembershipType: MembershipType | null;
  fromUnit: BranchRecord;
  toUnit: BranchRecord;
  toPath: string;
  note: string | null;
  requestedAt: Date;
  /** Microsecond-exact request time, for cursors. */
  requestedKey: string;
  requestedByName: string | null;
  decidedAt: Date | null;
  decidedByName: string | null;
  decisionNote: string | null;
}

export interface TransferRow {
  id: string;
  status: TransferStatus;
  contact_id: string;
  contact_path: string;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  membership_status: MembershipStatus | null;
  membership_type: MembershipType | null;
  from_unit_id: string;
  from_uk: string;
  from_en: string;
  from_region_uk: string | null;
  from_region_en: string | null;
  to_unit_id: string;
  to_uk: string;
  to_en: string;
  to_region_uk: string | null;
  to_region_en: string | null;
  to_path: string;
  note: string | null;
  requested_at: number;
  /** The exact timestamp as text: the keyset cursor of transfer lists. */
  requested_key: string;
  requested_by_name: string | null;
  decided_at: number | null;
  decided_by_name: string | null;
  decision_note: string | null;
}

/** The region above a unit (or the unit itself when it is one), as a lateral join on `unit`. */
const regionOf = (unit: string, alias: string) =>
  `left join lateral (select r.name_uk, r.name_en from org_unit r where r.kind = 'region' and r.path @> ${unit}.path limit 1) ${alias} on true`;

/** Transfers (alias t) with their contact, units, regions and people: one statement for a page. */
export const TRANSFER_SELECT = `
  select t.id, t.status, t.contact_id, c.org_path::text as contact_path, c.last_name, c.first_name, c.patronymic,
         c.membership_status, c.membership_type,
         t.from_unit_id, fu.name_uk as from_uk, fu.name_en as from_en, fr.name_uk as from_region_uk, fr.name_en as from_region_en,
         t.to_unit_id, tu.name_uk as to_uk, tu.name_en as to_en, tr.name_uk as to_region_uk, tr.name_en as to_region_en,
         t.to_path::text as to_path, t.note, (extract(epoch from t.requested_at) * 1000)::float8 as requested_at,
         t.requested_at::text as requested_key,
         ru.display_name as requested_by_name, (extract(epoch from t.decided_at) * 1000)::float8 as decided_at,
         du.display_name as decided_by_name, t.decision_note
    from membership_transfer t
    join contact c on c.id = t.contact_id
    join org_unit fu on fu.id = t.from_unit_id
    join org_unit tu on tu.id = t.to_unit_id
    ${regionOf('fu', 'fr')}
    ${regionOf('tu', 'tr')}
    left join app_user ru on ru.id = t.requested_by
    left join app_user du on du.id = t.decided_by`;

export function toTransferRecord(row: TransferRow): TransferRecord {
  return {
    id: row.id,
    status: row.status,
    contactId: row.contact_id,
    contactPath: row.contact_path,
    contactDisplayName: contactFullName({ lastName: row.last_name, firstName: row.first_name, patronymic: row.patronymic }),
    contactMembershipStatus: row.membership_status,
    contactMembershipType: row.membership_type,
    fromUnit: { id: row.from_unit_id, nameUk: row.from_uk, nameEn: row.from_en, regionNameUk: row.from_region_uk, regionNameEn: row.from_region_en },
    toUnit: { id: row.to_unit_id, nameUk: row.to_uk, nameEn: row.to_en, regionNameUk: row.to_region_uk, regionNameEn: row.to_region_en },
    toPath: row.to_path,
    note: row.note,
    requestedAt: new Date(row.requested_at),
    requestedKey: row.requested_key,
    requestedByName: row.requested_by_name,
    decidedAt: row.decided_at === null ? null : new Date(row.decided_at),
    decidedByName: row.decided_by_name,
    decisionNote: row.decision_note,
  };
}
