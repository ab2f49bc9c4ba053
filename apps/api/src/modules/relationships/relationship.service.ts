import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { isSymmetricRelationship, storedRelationship, type RelationshipViewKind } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { readScopeSql, writeScopeSql } from '../../platform/auth/org-scope-filter';
import { execute } from '../../platform/db/sql';
import { forbidden, notFound, unauthenticated, ValidationFailed } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import { Contact } from '../contacts/contact.entity';
import { ContactRelationship } from '../contacts/contact-relationship.entity';
import { ContactWriteService } from '../contacts/contact-write.service';
import type { RelationshipView } from './relationship.types';

const alreadyLinked = () => new ValidationFailed([{ field: 'relatedContactId', i18nKey: 'errors:relationshipExists' }]);

/** Linking contacts: on a contact you may edit, to a contact you can see; audited. */
export class RelationshipService {
  constructor(private readonly ctx: GraphQLContext) {}

  async add(contactId: string, relatedContactId: string, kind: RelationshipViewKind): Promise<RelationshipView> {
    const viewer = this.viewer();
    await new ContactWriteService(this.ctx).assertWritable(contactId);
    if (contactId === relatedContactId) {
      throw new ValidationFailed([{ field: 'relatedContactId', i18nKey: 'errors:relationshipSelf' }]);
    }
    // The other side only needs to be visible; out of sight it is "not found", like a missing id.
    const related = isUuid(relatedContactId) ? await this.ctx.loaders.contacts.byId.load(relatedContactId) : null;
    if (!related) throw notFound();

    const stored = storedRelationship(kind);
    let [from, to] = stored.reversed ? [relatedContactId, contactId] : [contactId, relatedContactId];
    // A symmetric link is stored in one order only, so the unique key also catches B–A after A–B.
    if (isSymmetricRelationship(stored.kind) && from > to) [from, to] = [to, from];

    const id = randomUUID();
    const createdAt = new Date();
    try {
      await this.ctx.em.transactional(async (em) => {
        const [existing] = await execute(em, 'select 1 from contact_relationship where contact_id = ? and related_contact_id = ? and kind = ?', [from, to, stored.kind]);
        if (existing) throw alreadyLinked();
        em.persist(em.create(ContactRelationship, { id, contactId: from, relatedContactId: to, kind: stored.kind, createdAt } as ContactRelationship));
        const after = { contactId: from, relatedContactId: to, kind: stored.kind };
        audit(em, { actorUserId: viewer.userId, operation: 'contact.relationship.add', recordType: 'ContactRelationship', recordId: id, after }, this.ctx);
      });
    } catch (error) {
      // The same link added at the same moment by someone else.
      if (error instanceof UniqueConstraintViolationException) throw alreadyLinked();
      throw error;
    }
    return { id, kind, contact: related, createdAt };
  }

  /** Not found unless both sides are visible; forbidden unless one side is yours to edit. */
  async remove(id: string): Promise<string> {
    const viewer = this.viewer();
    if (!isUuid(id)) throw notFound();
    const [readA, readB, writeA, writeB] = [
      readScopeSql(viewer, Contact, 'a'), readScopeSql(viewer, Contact, 'b'), writeScopeSql(viewer, Contact, 'a'), writeScopeSql(viewer, Contact, 'b'),
    ];
    await this.ctx.em.transactional(async (em) => {
      const [row] = await execute<{ contact_id: string; related_contact_id: string; kind: string; writable: boolean }>(
        em,
        `select r.contact_id, r.related_contact_id, r.kind, (${writeA.sql} or ${writeB.sql}) as writable
           from contact_relationship r join contact a on a.id = r.contact_id join contact b on b.id = r.related_contact_id
          where r.id = ? and ${readA.sql} and ${readB.sql}
          for update of r`,
        [...writeA.params, ...writeB.params, id, ...readA.params, ...readB.params],
      );
      if (!row) throw notFound();
      if (!row.writable) throw forbidden();
      await execute(em, 'delete from contact_relationship where id = ?', [id]);
      const before = { contactId: row.contact_id, relatedContactId: row.related_contact_id, kind: row.kind };
      audit(em, { actorUserId: viewer.userId, operation: 'contact.relationship.remove', recordType: 'ContactRelationship', recordId: id, before }, this.ctx);
    });
    return id;
  }

  private viewer() {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }
}
