import { randomUUID } from 'node:crypto';
import {
  calendarDateIn, cleanText, foreignListItems, isValidEmail, mergeFields, normalizeEmail, normalizePhone, validateContactFields,
  type ContactFields, type FieldProblem, type MergeChoices, type MergeResult,
} from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { execute } from '../../platform/db/sql';
import { unauthenticated, ValidationFailed } from '../../platform/graphql/errors';
import { applyFields, snapshot } from '../contacts/contact-write.service';
import { Contact } from '../contacts/contact.entity';
import { recordTimelineEvent } from '../timeline/timeline-events';
import { carryDuesBalance } from '../dues/dues-balance';
import { lockMergeSubjects, type MergeSubject } from './merge-subjects';
import { pairChangesJson, resolveMergePairs } from './merge-pairs';
import { moveReferences } from './reference-mover';
import { deletedJson, movedJson } from './reference-restore';

export interface MergeRequest {
  survivorId: string;
  mergedId: string;
  choices: Partial<MergeChoices>;
  versions: { survivor: number; merged: number };
}

/**
 * Merging two contacts into one, in one transaction: the survivor takes the chosen fields,
 * every row that pointed at the merged contact points at the survivor, the merged contact
 * is deleted, and `contact_merge` keeps all of it so the merge can be undone (merge-undo.service.ts).
 */
export class ContactMergeService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** Returns the merge's id. */
  async merge(request: MergeRequest): Promise<string> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw unauthenticated();
    const mergeId = randomUUID();
    await this.ctx.em.transactional(async (em) => {
      // Deferred constraints would only fail at commit, after a collision could have been handled.
      await execute(em, 'set constraints all immediate');
      const { survivor, merged } = await lockMergeSubjects(em, viewer, request, request.versions);
      const result = mergeFields(survivor.record, merged.record, request.choices);
      const fields = this.validate(result, survivor, merged);

      const pairs = await resolveMergePairs(em, { id: mergeId, survivorId: survivor.record.id, mergedId: merged.record.id, actorUserId: viewer.userId });
      // The card number is unique: the merged record gives it up before the survivor takes it.
      if (result.membershipFrom === 'merged' && merged.record.cardNumber) {
        await execute(em, 'update contact set card_number = null where id = ?', [merged.record.id]);
      }
      const entity = await em.findOneOrFail(Contact, survivor.record.id, { filters: false });
      const before = snapshot(entity);
      applyChosen(entity, fields, result, merged);
      await em.flush();

      const outcome = await moveReferences(em, merged.record.id, survivor.record.id);
      const duesCarried = await carryDuesBalance(em, merged.record.id, survivor.record.id, outcome.deleted);
      await execute(em, 'delete from contact where id = ?', [merged.record.id]);
      const [after] = await execute<{ row: string }>(em, 'select to_jsonb(c)::text as row from contact c where c.id = ?', [survivor.record.id]);

      await execute(
        em,
        `insert into contact_merge (id, survivor_id, merged_id, merged_name, merged_unit_id, merged_path, pair_id, survivor_before, survivor_after,
                                    merged_row, moved, deleted, pairs, dues_carried, actor_user_id)
         values (?, ?, ?, ?, ?, ?::ltree, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::bigint, ?)`,
        [
          mergeId, survivor.record.id, merged.record.id, merged.record.displayName, merged.record.orgUnitId, merged.record.orgPath, pairs.pairId,
          survivor.rowJson, after.row, merged.rowJson, movedJson(outcome.moved), deletedJson(outcome.deleted), pairChangesJson(pairs), duesCarried, viewer.userId,
        ],
      );
      recordTimelineEvent(em, {
        contactId: survivor.record.id,
        kind: 'merged',
        actorUserId: viewer.userId,
        payload: { mergedName: merged.record.displayName, mergeId },
      });
      audit(em, {
        actorUserId: viewer.userId,
        operation: 'contact.merge',
        recordType: 'Contact',
        recordId: survivor.record.id,
        before: { survivor: before, merged: JSON.parse(merged.rowJson) as unknown },
        after: { survivor: snapshot(entity), mergeId, moved: outcome.moved.reduce((n, group) => n + group.keys.length, 0), deleted: outcome.deleted.length },
      }, this.ctx);
    });
    this.ctx.loaders.contacts.byId.clearAll();
    return mergeId;
  }

  /** The shared contact rules on the result, and lists that keep only what either record had (invalid items are the validator's to report). */
  private validate(result: MergeResult, survivor: MergeSubject, merged: MergeSubject): ContactFields {
    const problems: FieldProblem[] = [];
    const foreign = (field: 'phones' | 'emails' | 'tags', normalize: (raw: string) => string | null) => {
      for (const index of foreignListItems(result.fields[field] ?? [], survivor.record[field], merged.record[field], normalize)) {
        problems.push({ field: `${field}.${index}`, i18nKey: 'duplicates:errors.notFromEitherRecord' });
      }
    };
    foreign('phones', (raw) => normalizePhone(raw));
    foreign('emails', (raw) => {
      const email = normalizeEmail(raw);
      return isValidEmail(email) ? email : null;
    });
    foreign('tags', (raw) => cleanText(raw));
    const checked = validateContactFields(result.fields, calendarDateIn(this.ctx.config.timeZone));
    if (!checked.ok) problems.push(...checked.problems);
    if (problems.length > 0 || !checked.ok) throw new ValidationFailed(problems);
    return checked.value;
  }
}

/** The checked fields, then consent and membership as whole groups from the chosen record. */
function applyChosen(entity: Contact, fields: ContactFields, result: MergeResult, merged: MergeSubject): void {
  applyFields(entity, fields, undefined);
  if (result.consentFrom === 'merged') {
    entity.consentAt = merged.record.consentAt;
    entity.consentVersion = merged.record.consentVersion;
  }
  if (result.membershipFrom === 'merged') {
    entity.membershipType = merged.record.membershipType;
    entity.membershipStatus = merged.record.membershipStatus;
    entity.membershipSince = merged.record.membershipSince;
    entity.cardNumber = merged.record.cardNumber;
  }
}
