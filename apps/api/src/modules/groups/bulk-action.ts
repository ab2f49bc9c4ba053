import type { EntityManager } from '@mikro-orm/postgresql';
import { CONTACT_LIMITS } from '@hromada/shared';
import { readScopeSql, writeScopeSql } from '../../platform/auth/org-scope-filter';
import type { SqlFragment } from '../../platform/auth/scope-sql';
import type { Viewer } from '../../platform/auth/viewer';
import { execute } from '../../platform/db/sql';
import { Contact } from '../contacts/contact.entity';

/** What a bulk action does to each selected contact the viewer may change. */
export type BulkAction =
  | { kind: 'tag'; tag: string; remove: boolean }
  | { kind: 'addToGroup'; groupId: string; ownerPath: string }
  | { kind: 'removeFromGroup'; groupId: string };

export interface BulkOutcome {
  /** Selected contacts in the viewer's read scope. */
  matched: number;
  changed: number;
  /** matched − changed: outside the write scope, or already as asked (tag there, member already). */
  skipped: number;
  /** Of the skipped, those outside the viewer's write scope (or, to join a group, outside its owner unit). */
  notWritable: number;
}

/** Rows changed per statement: large enough to be set-based, small enough to report progress. */
export const BULK_SLICE = 5_000;

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Applies `action` to the selected contacts, inside `em`'s transaction (the caller's: all of
 * it commits or none). The selection's rows in read scope are taken once into a temporary
 * table with whether each lies in the write scope; then each slice of writable rows is
 * changed by one set-based statement. Contacts changed get a new version.
 */
export async function runBulkAction(
  em: EntityManager,
  viewer: Viewer,
  selection: SqlFragment,
  action: BulkAction,
  onProgress: (done: number, total: number) => Promise<void> = async () => undefined,
): Promise<BulkOutcome> {
  if (!em.isInTransaction()) throw new Error('runBulkAction runs inside a transaction');
  const read = readScopeSql(viewer, Contact, 'c');
  const scope = writeScopeSql(viewer, Contact, 'c');
  // A group holds only contacts under its owner unit: others cannot join it.
  const write = action.kind === 'addToGroup' ? { sql: `(${scope.sql}) and c.org_path <@ ?::ltree`, params: [...scope.params, action.ownerPath] } : scope;
  await execute(em, 'create temporary table bulk_target (id uuid primary key, writable boolean not null) on commit drop');
  const [taken] = await execute<{ matched: string; writable: string }>(
    em,
    `with t as (insert into bulk_target (id, writable) select c.id, (${write.sql}) from contact c where ${read.sql} and (${selection.sql}) returning writable)
     select count(*) as matched, count(*) filter (where writable) as writable from t`,
    [...write.params, ...read.params, ...selection.params],
  );
  const matched = Number(taken.matched);
  const writable = Number(taken.writable);
  const change = changeStatement(action, viewer.userId);
  let after = ZERO_UUID;
  let done = 0;
  let changed = 0;
  while (done < writable) {
    const [slice] = await execute<{ n: string; last: string | null; changed: string }>(
      em,
      `with slice as (select id from bulk_target where writable and id > ?::uuid order by id limit ${BULK_SLICE}),
            changed as (${change.sql})
       select (select count(*) from slice) as n, (select id from slice order by id desc limit 1) as last, (select count(*) from changed) as changed`,
      [after, ...change.params],
    );
    if (!slice.last) break;
    after = slice.last;
    done += Number(slice.n);
    changed += Number(slice.changed);
    await onProgress(done, writable);
  }
  return { matched, changed, skipped: matched - changed, notWritable: matched - writable };
}

/** The change for one slice (the CTE `slice` of ids), returning one row per contact changed. */
function changeStatement(action: BulkAction, userId: string): SqlFragment {
  switch (action.kind) {
    case 'tag':
      return action.remove
        ? {
            sql: `update contact c set tags = array_remove(c.tags, ?), version = c.version + 1, updated_at = now()
                    from slice s where c.id = s.id and c.tags @> array[?]::text[] returning c.id`,
            params: [action.tag, action.tag],
          }
        : {
            // A contact already at the tag limit is skipped rather than failing everyone.
            sql: `update contact c set tags = array_append(c.tags, ?), version = c.version + 1, updated_at = now()
                    from slice s where c.id = s.id and not (c.tags @> array[?]::text[]) and cardinality(c.tags) < ${CONTACT_LIMITS.tags} returning c.id`,
            params: [action.tag, action.tag],
          };
    case 'addToGroup':
      return {
        sql: `insert into contact_group_member (group_id, contact_id, added_by) select ?::uuid, s.id, ?::uuid from slice s
              on conflict do nothing returning contact_id`,
        params: [action.groupId, userId],
      };
    case 'removeFromGroup':
      return {
        sql: `delete from contact_group_member m using slice s where m.group_id = ?::uuid and m.contact_id = s.id returning m.contact_id`,
        params: [action.groupId],
      };
  }
}
