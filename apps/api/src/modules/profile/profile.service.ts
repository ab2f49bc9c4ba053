import { OptimisticLockError } from '@mikro-orm/core';
import { calendarDateIn, validateContactFields } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { domainScopeSql } from '../../platform/auth/org-scope-filter';
import type { Viewer } from '../../platform/auth/viewer';
import { execute } from '../../platform/db/sql';
import { changedBySomeoneElse, notFound, unauthenticated, ValidationFailed } from '../../platform/graphql/errors';
import { Contact } from '../contacts/contact.entity';
import { contactColumns, toContactRecord, type ContactRecord, type ContactRow } from '../contacts/contact.record';
import { applyFields, snapshot } from '../contacts/contact-write.service';

/** What a person may change on their own record themselves. */
export interface OwnContactDetails {
  phones: string[];
  emails: string[];
  addressRegion?: string | null;
  addressSettlement?: string | null;
  addressStreet?: string | null;
}

/**
 * "My profile": the viewer's own contact through the 'profile' domain (their own record,
 * wherever it is kept), and the few fields they keep up to date themselves.
 */
export class ProfileService {
  constructor(private readonly ctx: GraphQLContext) {}

  async mine(): Promise<ContactRecord | null> {
    const viewer = this.viewer();
    const scope = domainScopeSql(viewer, Contact, 'c', 'profile', 'read');
    const [row] = await execute<ContactRow>(this.ctx.em, `select ${contactColumns('c')} from contact c where c.id = ? and ${scope.sql}`, [
      viewer.contactId, ...scope.params,
    ]);
    return row ? toContactRecord(row) : null;
  }

  /**
   * Saves phones, e-mails and address over `version`, with the checks a full edit gets;
   * nothing else on the record can change here. No duplicate warning: a person's own
   * number is theirs, and a match elsewhere must not be hinted to them.
   */
  async updateMyDetails(version: number, details: OwnContactDetails): Promise<ContactRecord> {
    const viewer = this.viewer();
    const contactId = await this.ownWritableContact(viewer);
    try {
      await this.ctx.em.transactional(async (em) => {
        const contact = await em.findOne(Contact, contactId, { filters: false });
        if (!contact) throw notFound();
        // Only the details are new; the stored name goes along because the checks need one.
        const result = validateContactFields({ lastName: contact.lastName, firstName: contact.firstName, ...details }, calendarDateIn(this.ctx.config.timeZone));
        if (!result.ok) throw new ValidationFailed(result.problems);
        if (contact.version !== version) throw changedBySomeoneElse();
        const before = snapshot(contact);
        const { phones, emails, addressRegion, addressSettlement, addressStreet } = result.value;
        applyFields(contact, { ...pickOwn(contact), phones, emails, addressRegion, addressSettlement, addressStreet }, undefined);
        audit(em, { actorUserId: viewer.userId, operation: 'contact.updateOwnDetails', recordType: 'Contact', recordId: contactId, before, after: snapshot(contact) }, this.ctx);
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) throw changedBySomeoneElse();
      throw error;
    }
    const saved = await this.mine();
    if (!saved) throw notFound();
    return saved;
  }

  private async ownWritableContact(viewer: Viewer): Promise<string> {
    const scope = domainScopeSql(viewer, Contact, 'c', 'profile', 'write');
    const [row] = await execute<{ id: string }>(this.ctx.em, `select c.id from contact c where c.id = ? and ${scope.sql}`, [viewer.contactId, ...scope.params]);
    if (!row) throw notFound();
    return row.id;
  }

  private viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }
}

/** The fields a self-service save keeps exactly as stored. */
function pickOwn(contact: Contact) {
  const { lastName, firstName, patronymic, gender, birthDate, tags, notes, source, contactType } = contact;
  return { lastName, firstName, patronymic, gender, birthDate, tags, notes, source, contactType };
}
