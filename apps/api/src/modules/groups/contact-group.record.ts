import { validateContactFilter, type ContactFilter } from '@hromada/shared';
import type { ContactGroupKind } from './contact-group.entity';

/** A contact group as the API reads it: a plain row, its filter checked. */
export interface ContactGroupRecord {
  id: string;
  name: string;
  description: string | null;
  kind: ContactGroupKind;
  /** Null for a static group. */
  filter: ContactFilter | null;
  orgUnitId: string;
  orgPath: string;
  createdBy: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ContactGroupRow {
  id: string;
  name: string;
  description: string | null;
  kind: ContactGroupKind;
  filter: unknown;
  org_unit_id: string;
  org_path: string;
  created_by: string | null;
  version: number;
  /** Epoch milliseconds. */
  created_at: number;
  updated_at: number;
}

export function contactGroupColumns(alias: string): string {
  const epochMs = (column: string) => `(extract(epoch from ${alias}.${column}) * 1000)::float8 as ${column}`;
  return [
    ...['id', 'name', 'description', 'kind', 'filter', 'org_unit_id', 'org_path::text as org_path', 'created_by', 'version'].map((c) => `${alias}.${c}`),
    epochMs('created_at'),
    epochMs('updated_at'),
  ].join(', ');
}

export function toContactGroupRecord(row: ContactGroupRow): ContactGroupRecord {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    filter: row.filter === null ? null : storedFilter(row.filter),
    orgUnitId: row.org_unit_id,
    orgPath: row.org_path,
    createdBy: row.created_by,
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

/** A saved filter, read through the same checks as a new one: an older version is upgraded there or refused. */
export function storedFilter(json: unknown): ContactFilter {
  const result = validateContactFilter(typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {});
  if (!result.ok) throw new Error(`A stored contact filter no longer passes its checks: ${JSON.stringify(result.problems)}`);
  return result.value;
}
