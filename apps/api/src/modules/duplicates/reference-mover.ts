import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../platform/db/sql';
import { ident, keyObjectSql, keyRecordsetColumns, qualified, referencingColumns, type ReferencingColumn } from './contact-references';

/** Rows of one table whose `column` a merge pointed at the survivor, by their other key columns. */
export interface MovedRows {
  schema: string;
  table: string;
  column: string;
  keys: Record<string, string>[];
}

/** A row a merge deleted because the survivor already had its twin; `row` is its JSON text. */
export interface DeletedRow {
  schema: string;
  table: string;
  row: string;
}

export interface MoveOutcome {
  moved: MovedRows[];
  deleted: DeletedRow[];
}

/** What PostgreSQL says when a moved row would break a unique, check or exclusion constraint. */
const COLLISIONS = new Set(['23505', '23514', '23P01']);

export function isCollision(error: unknown): boolean {
  const e = error as { code?: string; sqlState?: string; cause?: { code?: string } } | null;
  return [e?.code, e?.sqlState, e?.cause?.code].some((code) => code !== undefined && COLLISIONS.has(code));
}

/**
 * Points every row that references `fromId` at `toId`, table by table, and says exactly what
 * moved. A table moves in one statement; when that breaks a constraint (the survivor already
 * has the same relationship or membership, or a relationship between the two would point at
 * itself) its rows move one by one, and each one that collides is deleted and kept, whole,
 * for undo. Runs inside the caller's transaction.
 */
export async function moveReferences(em: EntityManager, fromId: string, toId: string): Promise<MoveOutcome> {
  const outcome: MoveOutcome = { moved: [], deleted: [] };
  for (const ref of await referencingColumns(em)) {
    const keys = await moveTable(em, ref, fromId, toId, outcome.deleted);
    if (keys.length > 0) outcome.moved.push({ schema: ref.schema, table: ref.table, column: ref.column, keys });
  }
  return outcome;
}

async function moveTable(em: EntityManager, ref: ReferencingColumn, fromId: string, toId: string, deleted: DeletedRow[]): Promise<Record<string, string>[]> {
  const table = qualified(ref);
  const column = ident(ref.column);
  await execute(em, 'savepoint merge_move_table');
  try {
    const rows = await execute<{ key: Record<string, string> }>(
      em,
      `update ${table} t set ${column} = ?::uuid where t.${column} = ?::uuid returning ${keyObjectSql(ref, 't')} as key`,
      [toId, fromId],
    );
    await execute(em, 'release savepoint merge_move_table');
    return rows.map((row) => row.key);
  } catch (error) {
    if (!isCollision(error)) throw error;
    await execute(em, 'rollback to savepoint merge_move_table');
  }
  const candidates = await execute<{ key: Record<string, string> }>(em, `select ${keyObjectSql(ref, 't')} as key from ${table} t where t.${column} = ?::uuid`, [fromId]);
  const moved: Record<string, string>[] = [];
  for (const { key } of candidates) {
    const match = rowMatch(ref);
    await execute(em, 'savepoint merge_move_row');
    try {
      await execute(em, `update ${table} t set ${column} = ?::uuid ${match.from} where t.${column} = ?::uuid and ${match.where}`, [toId, ...match.params(key), fromId]);
      await execute(em, 'release savepoint merge_move_row');
      moved.push(key);
    } catch (error) {
      if (!isCollision(error)) throw error;
      await execute(em, 'rollback to savepoint merge_move_row');
      const [gone] = await execute<{ row: string }>(
        em,
        `delete from ${table} t ${match.using} where t.${column} = ?::uuid and ${match.where} returning to_jsonb(t)::text as row`,
        [...match.params(key), fromId],
      );
      deleted.push({ schema: ref.schema, table: ref.table, row: gone.row });
    }
  }
  return moved;
}

/** One recorded row, matched by its key columns read from a JSON parameter. */
function rowMatch(ref: ReferencingColumn) {
  if (ref.keys.length === 0) return { from: '', using: '', where: 'true', params: () => [] as unknown[] };
  const source = `jsonb_to_record(?::jsonb) as k (${keyRecordsetColumns(ref)})`;
  return {
    from: `from ${source}`,
    using: `using ${source}`,
    where: ref.keys.map((k) => `t.${ident(k.name)} = k.${ident(k.name)}::${k.type}`).join(' and '),
    params: (key: Record<string, string>) => [JSON.stringify(key)] as unknown[],
  };
}
