import type { GraphQLContext } from '../../context';
import type { Viewer } from '../../platform/auth/viewer';
import { execute, pgArray, timestamp } from '../../platform/db/sql';
import type { ContactRecord } from '../contacts/contact.record';
import { mergeScopeSql } from './merge-access';
import { UNTRACKED_COLUMNS } from './merge-undo.service';
import type { MergeUndoBlock } from './duplicates.types';

export interface ContactMergeRecord {
  id: string;
  survivor: ContactRecord | null;
  mergedContactId: string;
  mergedName: string;
  movedCount: number;
  actorName: string | null;
  mergedAt: Date;
  undoneAt: Date | null;
  undoBlockedBy: MergeUndoBlock | null;
  /** For the keyset: the merge time with microseconds, in UTC. */
  cursorTime: string;
}

interface MergeRow {
  id: string;
  survivor_id: string;
  merged_id: string;
  merged_name: string;
  moved_count: number;
  actor_name: string | null;
  merged_at: string;
  merged_at_key: string;
  undone_at: string | null;
  survivor_exists: boolean;
  survivor_changed: boolean;
  writable: boolean;
}

export interface MergeQuery {
  unitPath?: string;
  ids?: readonly string[];
  after?: [time: string, id: string] | null;
  limit: number;
}

/**
 * Merges the viewer may see, newest first, with what would stop an undo now; one statement
 * for the page, plus one (batched) for the survivors.
 */
export async function readMerges(ctx: GraphQLContext, viewer: Viewer, query: MergeQuery): Promise<ContactMergeRecord[]> {
  const read = mergeScopeSql(viewer, 'read');
  const write = mergeScopeSql(viewer, 'write');
  const conditions = [read.sql];
  const params: unknown[] = [pgArray(UNTRACKED_COLUMNS), ...write.params, ...read.params];
  if (query.unitPath) {
    conditions.push('m.merged_path <@ ?::ltree and (s.id is null or s.org_path <@ ?::ltree)');
    params.push(query.unitPath, query.unitPath);
  }
  if (query.ids) {
    conditions.push('m.id = any(?::uuid[])');
    params.push(pgArray(query.ids));
  }
  if (query.after) {
    conditions.push(`(m.merged_at, m.id) < ((?::timestamp) at time zone 'UTC', ?::uuid)`);
    params.push(...query.after);
  }
  const rows = await execute<MergeRow>(
    ctx.em,
    `select m.id, m.survivor_id, m.merged_id, m.merged_name, m.merged_at, m.undone_at, u.display_name as actor_name,
            to_char(m.merged_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') as merged_at_key,
            (select coalesce(sum(jsonb_array_length(e->'keys')), 0) from jsonb_array_elements(m.moved) e)::int as moved_count,
            s.id is not null as survivor_exists,
            exists (select 1 from jsonb_each(m.survivor_after) a join jsonb_each(m.survivor_before) b on b.key = a.key
                     where a.value is distinct from b.value and a.key <> all(?::text[]) and to_jsonb(s) -> a.key is distinct from a.value) as survivor_changed,
            ${write.sql} as writable
       from contact_merge m
       left join contact s on s.id = m.survivor_id
       left join app_user u on u.id = m.actor_user_id
      where ${conditions.join(' and ')}
      order by m.merged_at desc, m.id desc limit ${query.limit}`,
    params,
  );
  const survivors = await ctx.loaders.contacts.byId.loadMany(rows.map((row) => row.survivor_id));
  return rows.map((row, index) => {
    const survivor = survivors[index];
    return {
      id: row.id,
      survivor: survivor instanceof Error ? null : survivor,
      mergedContactId: row.merged_id,
      mergedName: row.merged_name,
      movedCount: row.moved_count,
      actorName: row.actor_name,
      mergedAt: timestamp(row.merged_at),
      undoneAt: row.undone_at === null ? null : timestamp(row.undone_at),
      undoBlockedBy: undoBlock(row),
      cursorTime: row.merged_at_key,
    };
  });
}

function undoBlock(row: MergeRow): MergeUndoBlock | null {
  if (row.undone_at !== null) return 'undone';
  if (!row.survivor_exists) return 'survivor_gone';
  if (row.survivor_changed) return 'survivor_changed';
  if (!row.writable) return 'not_allowed';
  return null;
}
