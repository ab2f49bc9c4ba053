import { randomUUID } from 'node:crypto';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldProblem } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { readScopeSql, writeScopeSql } from '../../platform/auth/org-scope-filter';
import { execute } from '../../platform/db/sql';
import { changedBySomeoneElse, forbidden, notFound, unauthenticated, UserError, ValidationFailed } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import { Contact } from '../contacts/contact.entity';
import { ContactWriteService } from '../contacts/contact-write.service';
import { recordTimelineEvent } from '../timeline/timeline-events';
import { MembershipTransfer, type TransferStatus } from './membership-transfer.entity';
import { TRANSFER_SELECT, toTransferRecord, type TransferRecord, type TransferRow } from './membership.records';

export const TRANSFER_NOTE_MAX = 1000;

interface LockedTransfer {
  id: string;
  status: TransferStatus;
  contact_id: string;
  from_unit_id: string;
  to_unit_id: string;
  to_path: string;
}

/**
 * Transfers between branches. The sending side (write scope over the contact) requests and
 * may cancel; the receiving side (write scope over the target unit) accepts or declines.
 * Accepting moves the contact in the same transaction: the path trigger, the unit counters
 * and the viewer cache follow from the contact's new unit.
 */
export class MembershipTransferService {
  constructor(private readonly ctx: GraphQLContext) {}

  async request(contactId: string, toUnitId: string, note: string | null | undefined): Promise<TransferRecord> {
    const viewer = this.viewer();
    await new ContactWriteService(this.ctx).assertWritable(contactId);
    const contact = await this.ctx.loaders.contacts.byId.load(contactId);
    if (!contact) throw notFound();
    const problems: FieldProblem[] = [];
    const cleanNote = checkNote(note, 'note', problems);
    // Any branch of the organization: the receiving side is usually outside the requester's scope.
    const [target] = isUuid(toUnitId) ? await execute<{ kind: string; path: string }>(this.ctx.em, 'select kind, path::text as path from org_unit where id = ?', [toUnitId]) : [];
    if (!target || target.kind !== 'branch') problems.push({ field: 'toUnitId', i18nKey: 'membership:error.targetNotBranch' });
    else if (toUnitId === contact.orgUnitId) problems.push({ field: 'toUnitId', i18nKey: 'membership:error.targetIsCurrent' });
    if (problems.length > 0) throw new ValidationFailed(problems);

    const id = randomUUID();
    try {
      await this.ctx.em.transactional(async (em) => {
        em.persist(
          em.create(MembershipTransfer, {
            id,
            contactId,
            fromUnitId: contact.orgUnitId,
            toUnitId,
            toPath: target!.path,
            status: 'pending',
            requestedBy: viewer.userId,
            note: cleanNote,
          } as MembershipTransfer),
        );
        audit(em, { actorUserId: viewer.userId, operation: 'membership.transfer.request', recordType: 'MembershipTransfer', recordId: id, after: { contactId, fromUnitId: contact.orgUnitId, toUnitId, note: cleanNote } }, this.ctx);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new UserError('CONFLICT', 'membership:error.transferAlreadyPending', 'This contact already has a pending transfer request.');
      }
      throw error;
    }
    this.ctx.loaders.membership.transfersByContact.clear(contactId);
    return this.read(id);
  }

  /** Only with contacts write scope over the receiving unit; anyone else gets "not found" or "forbidden". */
  async decide(id: string, accept: boolean, note: string | null | undefined): Promise<TransferRecord> {
    const viewer = this.viewer();
    const problems: FieldProblem[] = [];
    const decisionNote = checkNote(note, 'note', problems);
    try {
      await this.ctx.em.transactional(async (tx) => {
        const em = tx as EntityManager;
        const transfer = await this.lockReceived(em, id);
        if (problems.length > 0) throw new ValidationFailed(problems);
        if (accept) await this.moveContact(em, transfer);
        await settle(em, id, accept ? 'accepted' : 'declined', viewer.userId, decisionNote);
        const operation = accept ? 'membership.transfer.accept' : 'membership.transfer.decline';
        audit(em, { actorUserId: viewer.userId, operation, recordType: 'MembershipTransfer', recordId: id, before: { status: 'pending' }, after: { status: accept ? 'accepted' : 'declined', decisionNote } }, this.ctx);
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) throw changedBySomeoneElse();
      throw error;
    }
    return this.read(id);
  }

  /**
   * The sending side withdraws a pending request. Reached through the contact, as the sending
   * side sees transfers: whoever cannot see the contact gets "not found".
   */
  async cancel(id: string): Promise<TransferRecord> {
    const viewer = this.viewer();
    if (!isUuid(id)) throw notFound();
    const [row] = await execute<{ contact_id: string }>(this.ctx.em, 'select contact_id from membership_transfer where id = ?', [id]);
    if (!row) throw notFound();
    await new ContactWriteService(this.ctx).assertWritable(row.contact_id);
    await this.ctx.em.transactional(async (tx) => {
      const em = tx as EntityManager;
      const [locked] = await execute<{ status: TransferStatus }>(em, 'select status from membership_transfer where id = ? for update', [id]);
      if (!locked) throw notFound();
      if (locked.status !== 'pending') throw notPending();
      await settle(em, id, 'cancelled', viewer.userId, null);
      audit(em, { actorUserId: viewer.userId, operation: 'membership.transfer.cancel', recordType: 'MembershipTransfer', recordId: id, before: { status: 'pending' }, after: { status: 'cancelled' } }, this.ctx);
    });
    this.ctx.loaders.membership.transfersByContact.clear(row.contact_id);
    return this.read(id);
  }

  /** The pending transfer, locked, if the viewer is on its receiving side with write access. */
  private async lockReceived(em: EntityManager, id: string): Promise<LockedTransfer> {
    if (!isUuid(id)) throw notFound();
    const read = readScopeSql(this.ctx.viewer, MembershipTransfer, 't');
    const write = writeScopeSql(this.ctx.viewer, MembershipTransfer, 't');
    const [row] = await execute<LockedTransfer & { writable: boolean }>(
      em,
      `select t.id, t.status, t.contact_id, t.from_unit_id, t.to_unit_id, t.to_path::text as to_path, (${write.sql}) as writable
         from membership_transfer t where t.id = ? and ${read.sql} for update of t`,
      [...write.params, id, ...read.params],
    );
    if (!row) throw notFound();
    if (!row.writable) throw forbidden();
    if (row.status !== 'pending') throw notPending();
    return row;
  }

  private async moveContact(em: EntityManager, transfer: LockedTransfer): Promise<void> {
    const contact = await em.findOne(Contact, transfer.contact_id, { filters: false });
    if (!contact) throw notFound();
    // Moved by other means since the request: the request no longer says where from.
    if (contact.orgUnitId !== transfer.from_unit_id) {
      throw new UserError('CONFLICT', 'membership:error.transferOutdated', 'The contact has moved since the request was made.');
    }
    const units = await execute<{ id: string; name_uk: string; name_en: string }>(em, 'select id, name_uk, name_en from org_unit where id in (?, ?)', [
      transfer.from_unit_id, transfer.to_unit_id,
    ]);
    const from = units.find((u) => u.id === transfer.from_unit_id)!;
    const to = units.find((u) => u.id === transfer.to_unit_id)!;
    contact.orgUnitId = transfer.to_unit_id;
    contact.orgPath = transfer.to_path;
    const actorUserId = this.ctx.viewer!.userId;
    recordTimelineEvent(em, {
      contactId: contact.id,
      kind: 'transferred',
      actorUserId,
      payload: { transferId: transfer.id, fromUnitId: from.id, toUnitId: to.id, fromUnitName: from.name_uk, toUnitName: to.name_uk, fromUnitNameEn: from.name_en, toUnitNameEn: to.name_en },
    });
    audit(em, { actorUserId, operation: 'contact.transfer', recordType: 'Contact', recordId: contact.id, before: { orgUnitId: from.id }, after: { orgUnitId: to.id } }, this.ctx);
    this.ctx.loaders.contacts.byId.clear(contact.id);
    this.ctx.loaders.membership.transfersByContact.clear(contact.id);
  }

  /** The transfer just written; the caller has been checked against it. */
  private async read(id: string): Promise<TransferRecord> {
    const [row] = await execute<TransferRow>(this.ctx.em, `${TRANSFER_SELECT} where t.id = ?`, [id]);
    return toTransferRecord(row);
  }

  private viewer() {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }
}

async function settle(em: EntityManager, id: string, status: TransferStatus, userId: string, note: string | null): Promise<void> {
  await execute(em, 'update membership_transfer set status = ?, decided_by = ?, decided_at = now(), decision_note = ? where id = ?', [status, userId, note, id]);
}

function checkNote(note: string | null | undefined, field: string, problems: FieldProblem[]): string | null {
  const cleaned = (note ?? '').trim() || null;
  if (cleaned && cleaned.length > TRANSFER_NOTE_MAX) problems.push({ field, i18nKey: 'errors:fieldTooLong', params: { max: TRANSFER_NOTE_MAX } });
  return cleaned;
}

function notPending(): UserError {
  return new UserError('CONFLICT', 'membership:error.transferNotPending', 'This request has already been decided or cancelled.');
}
