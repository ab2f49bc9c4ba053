import { contactFullName } from '@hromada/shared';

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
  /** Last name, first name and patronymic. */
  displayName: string;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * The select list `toContactRecord` reads, for the table under `alias`. Timestamps come as
 * epoch milliseconds: a number is turned into a Date far more cheaply than timestamp text.
 */
export function contactColumns(alias: string): string {
  const columns = ['id', 'org_unit_id', 'org_path::text as org_path', 'first_name', 'last_name', 'patronymic', 'phone', 'email', 'sort_name'];
  const epochMs = (column: string) => `(extract(epoch from ${alias}.${column}) * 1000)::float8 as ${column}`;
  return [...columns.map((column) => `${alias}.${column}`), epochMs('created_at'), epochMs('updated_at')].join(', ');
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
  /** Epoch milliseconds. */
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
    phone: row.phone,
    email: row.email,
    sortName: row.sort_name,
    displayName: contactFullName({ lastName: row.last_name, firstName: row.first_name, patronymic: row.patronymic }),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
