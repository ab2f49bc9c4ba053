import { randomUUID } from 'node:crypto';
import { OptimisticLockError } from '@mikro-orm/core';
import { calendarDateIn, contactFullName, contactSearchDocument, validateContactFields, type ContactFields } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { readScopeSql, writeScopeSql } from '../../platform/auth/org-scope-filter';
import { covers } from '../../platform/auth/viewer';
import { execute } from '../../platform/db/sql';
import { changedBySomeoneElse, forbidden, notFound, unauthenticated, ValidationFailed } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import { recordTimelineEvent } from '../timeline/timeline-events';
import { contactsSharingDetails } from './contact-shared-details';
import { Contact } from './contact.entity';
import type { ContactInput } from './contact.inputs';
import type { ContactRecord } from './contact.record';

export interface ContactSaveResult {
  contact: ContactRecord | null;
  duplicates: ContactRecord[];
}

/** Creating and editing contacts: validation, the duplicate warning, optimistic locking, audit. */
export class ContactWriteService {
  constructor(private readonly ctx: GraphQLContext) {}

  async create(orgUnitId: string, input: ContactInput, allowDuplicate: boolean): Promise<ContactSaveResult> {
    const viewer = this.viewer();
    const fields = this.validate(input);
    const unit = isUuid(orgUnitId) ? await this.ctx.loaders.org.byId.load(orgUnitId) : null;
    if (!unit || !covers(viewer.scope('contacts', 'write').grants, unit.path)) {
      throw new ValidationFailed([{ field: 'orgUnitId', i18nKey: 'errors:unitNotWritable' }]);
    }
    if (!allowDuplicate) {
      const duplicates = await contactsSharingDetails(this.ctx.em, viewer, fields);
      if (duplicates.length > 0) return { contact: null, duplicates };
    }
    const id = randomUUID();
    await this.ctx.em.transactional(async (em) => {
      const contact = em.create(Contact, { id, orgUnitId, orgPath: unit.path, version: 1 } as Contact);
      applyFields(contact, fields, input.consentVersion);
      // Rows that point at the contact carry plain ids, so the contact goes in first.
      await em.persist(contact).flush();
      recordTimelineEvent(em, { contactId: id, kind: 'created', actorUserId: viewer.userId });
      audit(em, { actorUserId: viewer.userId, operation: 'contact.create', recordType: 'Contact', recordId: id, after: snapshot(contact) }, this.ctx);
    });
    return { contact: await this.ctx.loaders.contacts.byId.load(id), duplicates: [] };
  }

  /** Saves over `version` only: if someone saved since, the save is refused, never merged silently. */
  async update(id: string, version: number, input: ContactInput, allowDuplicate: boolean): Promise<ContactSaveResult> {
    const viewer = this.viewer();
    await this.assertWritable(id);
    const fields = this.validate(input);
    if (!allowDuplicate) {
      // Only details this save adds: a known duplicate is not re-announced on every save.
      const current = await this.ctx.loaders.contacts.byId.load(id);
      const added = {
        phones: fields.phones.filter((phone) => !current?.phones.includes(phone)),
        emails: fields.emails.filter((email) => !current?.emails.includes(email)),
      };
      const duplicates = await contactsSharingDetails(this.ctx.em, viewer, added, id);
      if (duplicates.length > 0) return { contact: null, duplicates };
    }
    try {
      await this.ctx.em.transactional(async (em) => {
        const contact = await em.findOne(Contact, id, { filters: false });
        if (!contact) throw notFound();
        if (contact.version !== version) throw changedBySomeoneElse();
        const before = snapshot(contact);
        applyFields(contact, fields, input.consentVersion);
        audit(em, { actorUserId: viewer.userId, operation: 'contact.update', recordType: 'Contact', recordId: id, before, after: snapshot(contact) }, this.ctx);
      });
    } catch (error) {
      // A save that committed between our version check and our UPDATE.
      if (error instanceof OptimisticLockError) throw changedBySomeoneElse();
      throw error;
    }
    this.ctx.loaders.contacts.byId.clear(id);
    return { contact: await this.ctx.loaders.contacts.byId.load(id), duplicates: [] };
  }

  /** Not found when the contact is unknown or out of read scope; forbidden when readable only. */
  async assertWritable(id: string): Promise<void> {
    if (!isUuid(id)) throw notFound();
    const viewer = this.viewer();
    const read = readScopeSql(viewer, Contact, 'c');
    const write = writeScopeSql(viewer, Contact, 'c');
    const [row] = await execute<{ writable: boolean }>(
      this.ctx.em,
      `select (${write.sql}) as writable from contact c where c.id = ? and ${read.sql}`,
      [...write.params, id, ...read.params],
    );
    if (!row) throw notFound();
    if (!row.writable) throw forbidden();
  }

  private validate(input: ContactInput): ContactFields {
    const result = validateContactFields(input, calendarDateIn(this.ctx.config.timeZone));
    if (!result.ok) throw new ValidationFailed(result.problems);
    return result.value;
  }

  private viewer() {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }
}

/**
 * Copies checked fields onto the entity, with the derived sort name and search document.
 * Consent: undefined leaves it as it is, null or blank withdraws it, a new version records now.
 */
export function applyFields(contact: Contact, fields: ContactFields, consentVersion: string | null | undefined): void {
  Object.assign(contact, fields);
  contact.sortName = contactFullName(fields);
  contact.searchDoc = contactSearchDocument(fields);
  if (consentVersion === undefined) return;
  const consent = consentVersion?.trim() || null;
  if (consent === null) {
    contact.consentAt = null;
    contact.consentVersion = null;
  } else if (consent !== contact.consentVersion || contact.consentAt === null) {
    contact.consentAt = new Date();
    contact.consentVersion = consent.slice(0, 32);
  }
}

/** What the audit log keeps of a contact: its own fields, not derived ones. */
export function snapshot(contact: Contact): Record<string, unknown> {
  return Object.fromEntries(AUDITED_FIELDS.map((field) => [field, contact[field]]));
}

const AUDITED_FIELDS = [
  'orgUnitId', 'lastName', 'firstName', 'patronymic', 'gender', 'birthDate', 'phones', 'emails', 'addressRegion',
  'addressSettlement', 'addressStreet', 'tags', 'notes', 'source', 'contactType', 'consentAt', 'consentVersion',
  'membershipType', 'membershipStatus', 'membershipSince', 'cardNumber', 'version',
] as const satisfies readonly (keyof Contact)[];
