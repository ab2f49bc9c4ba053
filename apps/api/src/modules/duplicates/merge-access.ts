import type { EntityManager } from '@mikro-orm/postgresql';
import { readScopeSql, writeScopeSql } from '../../platform/auth/org-scope-filter';
import type { Action } from '../../platform/auth/policy';
import { scopePredicate, type SqlFragment } from '../../platform/auth/scope-sql';
import type { Viewer } from '../../platform/auth/viewer';
import { execute, timestamp } from '../../platform/db/sql';
import { forbidden, notFound } from '../../platform/graphql/errors';
import { Contact } from '../contacts/contact.entity';
import type { DroppedRow } from '../dues/dues-balance';

/**
 * Who may see and undo a merge: the merged contact's unit (where undo puts it back) and the
 * survivor (live, alias `s`, left-joined; a merge whose survivor is gone is judged by the
 * merged contact's unit alone) must both be in the viewer's contact scope.
 */
export function mergeScopeSql(viewer: Viewer, action: Action): SqlFragment {
  const merged = scopePredicate(viewer.scope('contacts', action), { path: 'merged_path', unit: 'merged_unit_id' }, 'm');
  const survivor = action === 'read' ? readScopeSql(viewer, Contact, 's') : writeScopeSql(viewer, Contact, 's');
  return { sql: `(${merged.sql} and (s.id is null or ${survivor.sql}))`, params: [...merged.params, ...survivor.params] };
}

export interface LockedMerge {
  id: string;
  survivorId: string;
  mergedId: string;
  mergedName: string;
  undoneAt: Date | null;
  survivorExists: boolean;
  /** The dues balance the merge carried to the survivor (exact text), and the rows it dropped as twins. */
  duesCarried: string;
  dropped: DroppedRow[];
}

/** The merge and its survivor, locked; not found when out of read scope, forbidden when read-only. */
export async function lockMergeForUndo(em: EntityManager, viewer: Viewer, mergeId: string): Promise<LockedMerge> {
  const read = mergeScopeSql(viewer, 'read');
  const write = mergeScopeSql(viewer, 'write');
  const [row] = await execute<{
    id: string; survivor_id: string; merged_id: string; merged_name: string; undone_at: string | null; survivor_exists: boolean; readable: boolean; writable: boolean;
    dues_carried: string; deleted: DroppedRow[];
  }>(
    em,
    `select m.id, m.survivor_id, m.merged_id, m.merged_name, m.undone_at, s.id is not null as survivor_exists,
            m.dues_carried::text as dues_carried, m.deleted,
            ${read.sql} as readable, ${write.sql} as writable
       from contact_merge m left join contact s on s.id = m.survivor_id
      where m.id = ? for update of m`,
    [...read.params, ...write.params, mergeId],
  );
  if (!row?.readable) throw notFound();
  if (!row.writable) throw forbidden();
  // Nobody edits the survivor between the check for changes and the restore.
  await execute(em, 'select id from contact where id = ? for update', [row.survivor_id]);
  return {
    id: row.id,
    survivorId: row.survivor_id,
    mergedId: row.merged_id,
    mergedName: row.merged_name,
    undoneAt: row.undone_at === null ? null : timestamp(row.undone_at),
    survivorExists: row.survivor_exists,
    duesCarried: row.dues_carried,
    dropped: row.deleted,
  };
}
