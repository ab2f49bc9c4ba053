import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../platform/db/sql';
import { ident, insertableColumns, keyRecordsetColumns, qualified, referencingColumns, type ReferencingColumn } from './contact-references';
import { isCollision, type DeletedRow, type MovedRows } from './reference-mover';

/** Undo found the rows of a merge changed since: what was moved is gone, or the deleted came back. */
export class RowsChanged extends Error {
  constructor(what: string) {
    super(`The merge's rows changed since: ${what}`);
  }
}

/** JSON text of the moved rows for `contact_merge.moved`. */
export function movedJson(moved: readonly MovedRows[]): string {
  return JSON.stringify(moved);
}

/** JSON text of the deleted rows for `contact_merge.deleted`; each row goes in as it came out. */
export function deletedJson(deleted: readonly DeletedRow[]): string {
  return `[${deleted.map((d) => `{"schema":${JSON.stringify(d.schema)},"table":${JSON.stringify(d.table)},"row":${d.row}}`).join(',')}]`;
}

/**
 * Points every row the merge moved back at the merged contact, each matched by its recorded
 * key and still on the survivor; any that is not (deleted, or moved on since) refuses the
 * whole undo. Rows added to the survivor after the merge stay with it.
 */
export async function moveReferencesBack(em: EntityManager, mergeId: string, survivorId: string, mergedId: string): Promise<void> {
  const groups = await execute<{ schema: string; table: string; column: string; position: number; count: number }>(
    em,
    `select e->>'schema' as schema, e->>'table' as table, e->>'column' as column, (n - 1)::int as position, jsonb_array_length(e->'keys') as count
       from contact_merge m cross join jsonb_array_elements(m.moved) with ordinality as x (e, n) where m.id = ? order by n`,
    [mergeId],
  );
  if (groups.length === 0) return;
  const refs = await referencingColumns(em);
  for (const group of groups) {
    const ref = refs.find((r) => r.schema === group.schema && r.table === group.table && r.column === group.column);
    if (!ref) throw new RowsChanged(`${group.schema}.${group.table}.${group.column} no longer references contacts`);
    const restored = await moveGroupBack(em, ref, mergeId, group.position, survivorId, mergedId);
    if (restored !== group.count) throw new RowsChanged(`${group.table}: ${restored} of ${group.count} rows found`);
  }
}

async function moveGroupBack(em: EntityManager, ref: ReferencingColumn, mergeId: string, position: number, survivorId: string, mergedId: string): Promise<number> {
  const table = qualified(ref);
  const column = ident(ref.column);
  if (ref.keys.length === 0) {
    // The column is the whole key: at most one row, and the survivor can hold only that one.
    const rows = await execute(em, `update ${table} t set ${column} = ?::uuid where t.${column} = ?::uuid returning 1`, [mergedId, survivorId]);
    return rows.length;
  }
  const match = ref.keys.map((k) => `t.${ident(k.name)} = k.${ident(k.name)}::${k.type}`).join(' and ');
  const rows = await execute(
    em,
    `update ${table} t set ${column} = ?::uuid
       from contact_merge m cross join jsonb_to_recordset(m.moved -> ? -> 'keys') as k (${keyRecordsetColumns(ref)})
      where m.id = ? and t.${column} = ?::uuid and ${match}
      returning 1`,
    [mergedId, position, mergeId, survivorId],
  );
  return rows.length;
}

/** Re-inserts the rows the merge deleted, table by table, exactly as they were. */
export async function reinsertDeletedRows(em: EntityManager, mergeId: string): Promise<void> {
  const tables = await execute<{ schema: string; table: string }>(
    em,
    `select distinct d->>'schema' as schema, d->>'table' as table
       from contact_merge m cross join jsonb_array_elements(m.deleted) d where m.id = ? order by 1, 2`,
    [mergeId],
  );
  for (const ref of tables) await reinsertRows(em, ref, mergeId);
}

/** Inserts the recorded rows of one table; a collision means a row's place is taken. */
async function reinsertRows(em: EntityManager, ref: { schema: string; table: string }, mergeId: string): Promise<void> {
  const columns = (await insertableColumns(em, ref)).join(', ');
  const table = qualified(ref);
  await insertOrRefuse(
    em,
    `insert into ${table} (${columns}) overriding system value
     select ${columns} from (
       select r.* from contact_merge m cross join jsonb_array_elements(m.deleted) d
       cross join jsonb_populate_record(null::${table}, d->'row') r
        where m.id = ? and d->>'schema' = ? and d->>'table' = ?
     ) x`,
    [mergeId, ref.schema, ref.table],
    `${ref.table}: a deleted row's place is taken`,
  );
}

/**
 * Re-inserts the merged contact, same id and fields, with the dues balance it was left with
 * once its rows had gone (see dues-balance.ts); the rows moving back bring the rest.
 */
export async function reinsertMergedContact(em: EntityManager, mergeId: string, duesBalance: string): Promise<void> {
  const columns = (await insertableColumns(em, { schema: 'public', table: 'contact' })).join(', ');
  await insertOrRefuse(
    em,
    `insert into contact (${columns}) overriding system value
     select ${columns} from (
       select r.* from contact_merge m
        cross join jsonb_populate_record(null::contact, m.merged_row || jsonb_build_object('dues_balance', ?::bigint)) r
        where m.id = ?
     ) x`,
    [duesBalance, mergeId],
    'the merged contact cannot be restored (its card number is taken or its unit is gone)',
  );
}

/** A unique or foreign key violation becomes RowsChanged; the transaction stays usable until the caller rolls back. */
async function insertOrRefuse(em: EntityManager, sql: string, params: unknown[], what: string): Promise<void> {
  await execute(em, 'savepoint merge_reinsert');
  try {
    await execute(em, sql, params);
    await execute(em, 'release savepoint merge_reinsert');
  } catch (error) {
    if (!isCollision(error) && !isForeignKeyViolation(error)) throw error;
    await execute(em, 'rollback to savepoint merge_reinsert');
    throw new RowsChanged(what);
  }
}

function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23503' || e?.cause?.code === '23503';
}
