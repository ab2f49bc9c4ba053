import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { execute, pgArray } from '../../platform/db/sql';
import { notFound, unauthenticated, UserError } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import { recordTimelineEvent } from '../timeline/timeline-events';
import { balanceLeftBehind } from '../dues/dues-balance';
import { ident } from './contact-references';
import { lockMergeForUndo } from './merge-access';
import { restoreMergePairs } from './merge-pairs';
import { moveReferencesBack, reinsertDeletedRows, reinsertMergedContact, RowsChanged } from './reference-restore';

/**
 * Contact columns a merge's undo neither compares nor restores: bookkeeping (version, update
 * time), the path a trigger derives from the unit, and the dues balance, which is carried
 * back as an amount so payments made since stay with the survivor.
 */
export const UNTRACKED_COLUMNS = ['version', 'updated_at', 'org_path', 'dues_balance'];

const refused = (key: string, message: string) => new UserError('CONFLICT', `duplicates:errors.${key}`, message);

/**
 * Undoing a merge, all or nothing. The rule: the undo goes ahead only if it can put every
 * record back exactly without overwriting anything done since.
 * - The survivor must still exist, and every field the merge changed on it must still hold
 *   the value the merge gave it (other fields, and rows added to it since, are left alone).
 * - Every moved row must still exist and still point at the survivor; every deleted row must
 *   fit back in (nobody has taken its place); the merged contact's card number must be free.
 * Then the merged contact comes back with its id and fields, its rows move back, the deleted
 * rows return, the survivor gets its earlier values of those fields, and the pairs are restored.
 */
export class MergeUndoService {
  constructor(private readonly ctx: GraphQLContext) {}

  async undo(mergeId: string): Promise<void> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw unauthenticated();
    if (!isUuid(mergeId)) throw notFound();
    await this.ctx.em.transactional(async (em) => {
      await execute(em, 'set constraints all immediate');
      const merge = await lockMergeForUndo(em, viewer, mergeId);
      if (merge.undoneAt) throw refused('alreadyUndone', 'This merge has already been undone.');
      if (!merge.survivorExists) throw refused('undoSurvivorGone', 'The kept contact no longer exists, so the merge cannot be undone.');
      if ((await changedSinceMerge(em, mergeId)).length > 0) {
        throw refused('undoSurvivorChanged', 'The kept contact has been edited since the merge; undoing would overwrite those changes.');
      }
      try {
        await restoreSurvivor(em, mergeId);
        await reinsertMergedContact(em, mergeId, balanceLeftBehind(merge.duesCarried, merge.dropped));
        await moveReferencesBack(em, mergeId, merge.survivorId, merge.mergedId);
        await reinsertDeletedRows(em, mergeId);
      } catch (error) {
        if (error instanceof RowsChanged) {
          this.ctx.log.info({ mergeId, reason: error.message }, 'merge undo refused');
          throw refused('undoRowsChanged', 'Records the merge moved have changed since, so it cannot be undone exactly.');
        }
        throw error;
      }
      await execute(em, 'update contact set dues_balance = dues_balance - m.dues_carried from contact_merge m where m.id = ? and contact.id = m.survivor_id', [mergeId]);
      await restoreMergePairs(em, mergeId);
      await execute(em, 'update contact_merge set undone_at = now(), undone_by = ? where id = ?', [viewer.userId, mergeId]);
      for (const contactId of [merge.survivorId, merge.mergedId]) {
        recordTimelineEvent(em, { contactId, kind: 'merge_undone', actorUserId: viewer.userId, payload: { mergeId, mergedName: merge.mergedName } });
      }
      audit(em, {
        actorUserId: viewer.userId,
        operation: 'contact.merge.undo',
        recordType: 'Contact',
        recordId: merge.survivorId,
        before: { mergeId },
        after: { mergeId, restoredContactId: merge.mergedId },
      }, this.ctx);
    });
    this.ctx.loaders.contacts.byId.clearAll();
  }
}

/** Survivor fields the merge changed that no longer hold what the merge gave them. */
async function changedSinceMerge(em: EntityManager, mergeId: string): Promise<string[]> {
  const rows = await execute<{ key: string }>(
    em,
    `select a.key from contact_merge m
       cross join jsonb_each(m.survivor_after) a
       join jsonb_each(m.survivor_before) b on b.key = a.key
       join contact c on c.id = m.survivor_id
      where m.id = ? and a.value is distinct from b.value and a.key <> all(?::text[])
        and to_jsonb(c) -> a.key is distinct from a.value`,
    [mergeId, pgArray(UNTRACKED_COLUMNS)],
  );
  return rows.map((row) => row.key);
}

/** Puts back the survivor's values of exactly the fields the merge changed. */
async function restoreSurvivor(em: EntityManager, mergeId: string): Promise<void> {
  const changed = await execute<{ key: string }>(
    em,
    `select a.key from contact_merge m cross join jsonb_each(m.survivor_after) a join jsonb_each(m.survivor_before) b on b.key = a.key
      where m.id = ? and a.value is distinct from b.value and a.key <> all(?::text[]) order by a.key`,
    [mergeId, pgArray(UNTRACKED_COLUMNS)],
  );
  const sets = changed.map(({ key }) => `${ident(key)} = r.${ident(key)}`);
  await execute(
    em,
    `update contact c set ${[...sets, 'version = c.version + 1', 'updated_at = now()'].join(', ')}
       from contact_merge m cross join jsonb_populate_record(null::contact, m.survivor_before) r
      where m.id = ? and c.id = m.survivor_id`,
    [mergeId],
  );
}
