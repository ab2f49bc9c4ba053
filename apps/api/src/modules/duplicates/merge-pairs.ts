import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, pgArray } from '../../platform/db/sql';

/**
 * What a merge did to duplicate pairs, as JSON texts of the rows before it: the pair of the
 * two merged contacts (now `merged`), pairs of the merged contact re-pointed at the survivor,
 * and those deleted because the survivor already had a pair with the same contact.
 */
export interface PairChanges {
  pairId: string | null;
  mergedPair: string | null;
  repointed: string[];
  deleted: string[];
}

/** Orders a pair's contacts as the table stores them (contact_a < contact_b). */
const ORDERED = (x: string, y: string) => `least(${x}, ${y}), greatest(${x}, ${y})`;

/** Resolves the pairs of `mergedId` before it is deleted; runs in the merge's transaction. */
export async function resolveMergePairs(
  em: EntityManager,
  merge: { id: string; survivorId: string; mergedId: string; actorUserId: string },
): Promise<PairChanges> {
  const { survivorId: s, mergedId: m } = merge;
  const [pair] = await execute<{ id: string; row: string }>(
    em,
    `select p.id, to_jsonb(p)::text as row from duplicate_pair p
      where (p.contact_a, p.contact_b) = (${ORDERED('?::uuid', '?::uuid')}) for update`,
    [s, m, s, m],
  );
  if (pair) {
    await execute(em, `update duplicate_pair set status = 'merged', merge_id = ?, resolved_at = now(), resolved_by = ? where id = ?`, [merge.id, merge.actorUserId, pair.id]);
  }
  const others = `(p.contact_a = ?::uuid or p.contact_b = ?::uuid) and p.id is distinct from ?::uuid`;
  const other = `case when p.contact_a = ?::uuid then p.contact_b else p.contact_a end`;
  // The survivor already has a pair with that contact: this one says nothing new.
  const deleted = await execute<{ row: string }>(
    em,
    `delete from duplicate_pair p where ${others}
        and exists (select 1 from duplicate_pair q where (q.contact_a, q.contact_b) = (${ORDERED('?::uuid', other)}))
      returning to_jsonb(p)::text as row`,
    [m, m, pair?.id ?? null, s, m, s, m],
  );
  const repointed = await execute<{ row: string }>(
    em,
    `with old as (
       select p.id, ${other} as other, to_jsonb(p)::text as row from duplicate_pair p where ${others} for update
     )
     update duplicate_pair p
        set contact_a = least(?::uuid, old.other), contact_b = greatest(?::uuid, old.other),
            org_path = ltree_common_prefix((select org_path from contact where id = ?::uuid), coalesce((select org_path from contact where id = old.other), p.org_path))
       from old where p.id = old.id
     returning old.row`,
    [m, m, m, pair?.id ?? null, s, s, s],
  );
  return { pairId: pair?.id ?? null, mergedPair: pair?.row ?? null, repointed: repointed.map((r) => r.row), deleted: deleted.map((r) => r.row) };
}

/** JSON text of the changes for `contact_merge.pairs`; the rows go in as they came out. */
export function pairChangesJson(changes: PairChanges): string {
  return `{"mergedPair":${changes.mergedPair ?? 'null'},"repointed":[${changes.repointed.join(',')}],"deleted":[${changes.deleted.join(',')}]}`;
}

/** Puts the pairs back as the merge found them; the merged contact exists again by now. */
export async function restoreMergePairs(em: EntityManager, mergeId: string): Promise<void> {
  const rows = (list: 'repointed' | 'deleted') =>
    `contact_merge m cross join jsonb_array_elements(m.pairs -> '${list}') e cross join jsonb_populate_record(null::duplicate_pair, e) r`;
  const repointed = await execute<{ id: string }>(
    em,
    `update duplicate_pair p set contact_a = r.contact_a, contact_b = r.contact_b
       from ${rows('repointed')} where m.id = ? and p.id = r.id returning p.id`,
    [mergeId],
  );
  const reinserted = await execute<{ id: string }>(
    em,
    `insert into duplicate_pair select r.* from ${rows('deleted')} where m.id = ? on conflict do nothing returning id`,
    [mergeId],
  );
  // No pair when the two were merged without one: an empty object matches no row.
  const reopened = await execute<{ id: string }>(
    em,
    `update duplicate_pair p set status = r.status, merge_id = r.merge_id, resolved_at = r.resolved_at, resolved_by = r.resolved_by
       from contact_merge m
       cross join jsonb_populate_record(null::duplicate_pair, coalesce(nullif(m.pairs -> 'mergedPair', 'null'::jsonb), '{}')) r
      where m.id = ? and p.id = r.id returning p.id`,
    [mergeId],
  );
  const touched = [...repointed, ...reinserted, ...reopened].map((row) => row.id);
  if (touched.length === 0) return;
  // Contacts may have changed unit since: the stored paths are recomputed, not restored.
  await execute(
    em,
    `update duplicate_pair p set org_path = ltree_common_prefix(a.org_path, b.org_path)
       from contact a, contact b where p.id = any(?::uuid[]) and a.id = p.contact_a and b.id = p.contact_b`,
    [pgArray(touched)],
  );
}
