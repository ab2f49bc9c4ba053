import { randomUUID } from 'node:crypto';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarDateIn, checkMembershipChange, normalizeCardNumber, type MembershipChangeInput } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { execute } from '../../platform/db/sql';
import { changedBySomeoneElse, notFound, unauthenticated, ValidationFailed } from '../../platform/graphql/errors';
import { Contact } from '../contacts/contact.entity';
import type { ContactRecord } from '../contacts/contact.record';
import { ContactWriteService } from '../contacts/contact-write.service';
import { recordTimelineEvent } from '../timeline/timeline-events';
import { cardNumberTaken, nextCardNumber } from './membership-card';
import { MembershipStatusChange } from './membership-status-change.entity';

/** Status changes and membership cards: lifecycle rules, optimistic locking, history, timeline and audit in one transaction. */
export class MembershipStatusService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** One lifecycle step over `version`; becoming a member without a card assigns one. */
  async changeStatus(contactId: string, version: number, input: MembershipChangeInput): Promise<ContactRecord> {
    const viewer = this.viewer();
    await new ContactWriteService(this.ctx).assertWritable(contactId);
    await this.saving(async (em) => {
      const contact = await this.lockedContact(em, contactId, version);
      const current = { status: contact.membershipStatus, type: contact.membershipType };
      const lastChangedOn = await latestChange(em, contactId, contact.membershipSince);
      const checked = checkMembershipChange(current, input, lastChangedOn, calendarDateIn(this.ctx.config.timeZone));
      if (!checked.ok) throw new ValidationFailed(checked.problems);
      const change = checked.value;
      const before = membershipSnapshot(contact);
      // A type change within the same status does not restart "member since".
      if (change.toStatus !== contact.membershipStatus) contact.membershipSince = change.changedOn;
      contact.membershipStatus = change.toStatus;
      contact.membershipType = change.membershipType;
      if (change.toStatus === 'member' && !contact.cardNumber) contact.cardNumber = await nextCardNumber(em, contact.orgPath);
      em.persist(
        em.create(MembershipStatusChange, {
          id: randomUUID(),
          contactId,
          membershipType: change.membershipType,
          fromStatus: current.status,
          toStatus: change.toStatus,
          changedOn: change.changedOn,
          reason: change.reason,
          actorUserId: viewer.userId,
        } as MembershipStatusChange),
      );
      recordTimelineEvent(em, {
        contactId,
        kind: 'status_changed',
        actorUserId: viewer.userId,
        payload: { from: current.status, to: change.toStatus, reason: change.reason, membershipType: change.membershipType, changedOn: change.changedOn },
      });
      audit(em, { actorUserId: viewer.userId, operation: 'membership.status.change', recordType: 'Contact', recordId: contactId, before, after: membershipSnapshot(contact) }, this.ctx);
    });
    return this.reload(contactId);
  }

  /** A typed card number (checked and unique), or the next generated one when none is given. */
  async assignCard(contactId: string, version: number, cardNumber: string | null | undefined): Promise<ContactRecord> {
    const viewer = this.viewer();
    await new ContactWriteService(this.ctx).assertWritable(contactId);
    const typed = cardNumber?.trim() ? normalizeCardNumber(cardNumber) : undefined;
    await this.saving(async (em) => {
      const contact = await this.lockedContact(em, contactId, version);
      if (!contact.membershipStatus) throw cardProblem('membership:error.cardNeedsMembership');
      if (typed === null) throw cardProblem('membership:error.cardNumberInvalid');
      if (typed !== undefined && typed === contact.cardNumber) throw cardProblem('membership:error.cardUnchanged');
      // The same answer whoever holds it: the number says nothing about contacts out of scope.
      if (typed !== undefined && (await cardNumberTaken(em, typed, contactId))) throw cardProblem('membership:error.cardNumberTaken');
      const before = membershipSnapshot(contact);
      contact.cardNumber = typed ?? (await nextCardNumber(em, contact.orgPath));
      audit(em, { actorUserId: viewer.userId, operation: 'membership.card.assign', recordType: 'Contact', recordId: contactId, before, after: membershipSnapshot(contact) }, this.ctx);
    });
    return this.reload(contactId);
  }

  private async lockedContact(em: EntityManager, id: string, version: number): Promise<Contact> {
    const contact = await em.findOne(Contact, id, { filters: false });
    if (!contact) throw notFound();
    if (contact.version !== version) throw changedBySomeoneElse();
    return contact;
  }

  /** Runs the write in a transaction; a save that lost the race is refused like a stale version. */
  private async saving(work: (em: EntityManager) => Promise<void>): Promise<void> {
    try {
      await this.ctx.em.transactional((em) => work(em as EntityManager));
    } catch (error) {
      if (error instanceof OptimisticLockError) throw changedBySomeoneElse();
      if (error instanceof UniqueConstraintViolationException) throw cardProblem('membership:error.cardNumberTaken');
      throw error;
    }
  }

  private async reload(contactId: string): Promise<ContactRecord> {
    this.ctx.loaders.contacts.byId.clear(contactId);
    this.ctx.loaders.membership.historyByContact.clear(contactId);
    const contact = await this.ctx.loaders.contacts.byId.load(contactId);
    if (!contact) throw notFound();
    return contact;
  }

  private viewer() {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }
}

function cardProblem(i18nKey: string): ValidationFailed {
  return new ValidationFailed([{ field: 'cardNumber', i18nKey }]);
}

/** The latest step on record: a new one may not be dated before it. */
async function latestChange(em: EntityManager, contactId: string, since: string | null): Promise<string | null> {
  const [row] = await execute<{ last: string | null }>(em, 'select max(changed_on)::text as last from membership_status_change where contact_id = ?', [contactId]);
  const dates = [row?.last, since].filter((d): d is string => !!d).sort();
  return dates.at(-1) ?? null;
}

function membershipSnapshot(contact: Contact): Record<string, unknown> {
  const { membershipType, membershipStatus, membershipSince, cardNumber } = contact;
  return { membershipType, membershipStatus, membershipSince, cardNumber };
}
