import type { OrgUnitKind } from '@hromada/shared';

/** An org unit as the API reads it: a plain row, no entity bookkeeping. */
export interface OrgUnitRecord {
  id: string;
  code: string;
  nameUk: string;
  nameEn: string;
  /** The name in the request's language. */
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  path: string;
  /** Levels below the root: HQ is 0. */
  depth: number;
}

/** The select list `toOrgUnitRecord` reads, for the table under `alias`. */
export function orgUnitColumns(alias: string): string {
  return `${alias}.id, ${alias}.code, ${alias}.name_uk, ${alias}.name_en, ${alias}.kind, ${alias}.parent_id, ${alias}.path::text as path, ${alias}.depth`;
}

export interface OrgUnitRow {
  id: string;
  code: string;
  name_uk: string;
  name_en: string;
  kind: OrgUnitKind;
  parent_id: string | null;
  path: string;
  /** Stored, generated from the path by the database. */
  depth: number;
}

export function toOrgUnitRecord(row: OrgUnitRow, locale: 'uk' | 'en'): OrgUnitRecord {
  return {
    id: row.id,
    code: row.code,
    nameUk: row.name_uk,
    nameEn: row.name_en,
    name: locale === 'en' ? row.name_en : row.name_uk,
    kind: row.kind,
    parentId: row.parent_id,
    path: row.path,
    depth: row.depth,
  };
}
