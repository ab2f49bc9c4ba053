import { timestamp } from '../../platform/db/sql';

/** A contact as the API reads it: a plain row, no entity bookkeeping. */
export interface ContactRecord {
  id: string;
  orgUnitId: string;
  orgPath: string;
  firstName: string;
  lastName: string;
  patronymic: string | null;
  phone: string | null;
  email: string | null;
  sortName: string;
  createdAt: Date;
  updatedAt: Date;
}

/** The select list `toContactRecord` reads, for the table under `alias`. */
export function contactColumns(alias: string): string {
  return [
    'id', 'org_unit_id', 'org_path::text as org_path', 'first_name', 'last_name', 'patronymic',
    'phone', 'email', 'sort_name', 'created_at', 'updated_at',
  ].map((column) => `${alias}.${column}`).join(', ');
}

export interface ContactRow {
  id: string;
  org_unit_id: string;
  org_path: string;
  first_name: string;
  last_name: string;
  patronymic: string | null;
  phone: string | null;
  email: string | null;
  sort_name: string;
  created_at: unknown;
  updated_at: unknown;
}

export function toContactRecord(row: ContactRow): ContactRecord {
  return {
    id: row.id,
    orgUnitId: row.org_unit_id,
    orgPath: row.org_path,
    firstName: row.first_name,
    lastName: row.last_name,
    patronymic: row.patronymic,
    phone: row.phone,
    email: row.email,
    sortName: row.sort_name,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
  };
}
