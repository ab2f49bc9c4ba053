import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../platform/db/sql';

/**
 * Every column that points at a contact, found in the catalog when it is needed: each
 * single-column foreign key to `contact(id)` (relationships, timeline, membership history,
 * `app_user.contact_id`, and whatever tables other modules add, with no list to keep up).
 *
 * References without a foreign key are deliberately left alone: `duplicate_pair` (the merge
 * re-points those itself, see merge-pairs.ts), `contact_merge` and `audit_log.record_id`
 * (history: they name records, they do not belong to them).
 */
export interface ReferencingColumn {
  schema: string;
  table: string;
  column: string;
  /** The table's primary key columns other than `column`, which identify a row once moved. */
  keys: KeyColumn[];
}

export interface KeyColumn {
  name: string;
  /** SQL type, for casting the recorded text back. */
  type: string;
}

interface CatalogRow {
  schema: string;
  table: string;
  column: string;
  primary_key: KeyColumn[] | null;
}

export async function referencingColumns(em: EntityManager): Promise<ReferencingColumn[]> {
  const rows = await execute<CatalogRow>(
    em,
    `select n.nspname as schema, r.relname as table, a.attname as column,
            (select json_agg(json_build_object('name', pa.attname, 'type', format_type(pa.atttypid, pa.atttypmod)) order by k.ord)
               from pg_index i
               cross join unnest(i.indkey::int2[]) with ordinality as k (attnum, ord)
               join pg_attribute pa on pa.attrelid = i.indrelid and pa.attnum = k.attnum
              where i.indrelid = c.conrelid and i.indisprimary) as primary_key
       from pg_constraint c
       join pg_class r on r.oid = c.conrelid
       join pg_namespace n on n.oid = r.relnamespace
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and c.confrelid = 'contact'::regclass and cardinality(c.conkey) = 1 and c.conparentid = 0
      order by 1, 2, 3`,
  );
  return rows.map((row) => {
    // Rows are recorded by primary key so undo can find them again; a table without one cannot be moved back.
    if (!row.primary_key) throw new Error(`${row.schema}.${row.table} references contacts but has no primary key`);
    return { schema: row.schema, table: row.table, column: row.column, keys: row.primary_key.filter((k) => k.name !== row.column) };
  });
}

/** A double-quoted SQL identifier. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualified(ref: { schema: string; table: string }): string {
  return `${ident(ref.schema)}.${ident(ref.table)}`;
}

/** The row's key columns as a JSON object of text values (text keeps bigints exact). */
export function keyObjectSql(ref: ReferencingColumn, alias: string): string {
  if (ref.keys.length === 0) return `'{}'::json`;
  return `json_build_object(${ref.keys.map((k) => `'${k.name.replace(/'/g, "''")}', ${alias}.${ident(k.name)}::text`).join(', ')})`;
}

/** Column definitions for `jsonb_to_recordset(…) as k (…)` over recorded keys: all text. */
export function keyRecordsetColumns(ref: ReferencingColumn): string {
  return ref.keys.map((k) => `${ident(k.name)} text`).join(', ');
}

/** A table's writable columns (not generated, not dropped), quoted, for re-inserting rows. */
export async function insertableColumns(em: EntityManager, ref: { schema: string; table: string }): Promise<string[]> {
  const rows = await execute<{ name: string }>(
    em,
    `select a.attname as name from pg_attribute a
      where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      order by a.attnum`,
    [qualified(ref)],
  );
  return rows.map((row) => ident(row.name));
}
