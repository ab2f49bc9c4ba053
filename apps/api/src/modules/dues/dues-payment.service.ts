import { randomUUID } from 'node:crypto';
import { calendarDateIn, cleanText, DUES_LIMITS, validateMoneyEntry, type MoneyEntry, type PaymentMethod } from '@hromada/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import { execute } from '../../platform/db/sql';
import { forbidden, notFound, unauthenticated, ValidationFailed } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import type { ContactRecord } from '../contacts/contact.record';
import { recordTimelineEvent } from '../timeline/timeline-events';
import { duesCovers } from './dues-access';
import { DuesPayment } from './dues-payment.entity';
import { PAYMENT_COLUMNS, toPaymentRecord, type DuesPaymentRecord } from './dues.records';

export interface DuesPaymentFields {
  contactId: string;
  amountKopiyky: number;
  method: PaymentMethod;
  paidOn: string;
  reference?: string | null;
  note?: string | null;
}

/** Field names of the shared money checks, as the payment input names them. */
const PAYMENT_FIELDS: Record<string, string> = { amount: 'amountKopiyky', date: 'paidOn' };

/**
 * Recording and correcting dues payments. The balance moves in the same transaction as the
 * payment row, its timeline entry and audit row; the contact is updated first (see the lock
 * order in the dues migration).
 */
export class DuesPaymentService {
  constructor(private readonly ctx: GraphQLContext) {}

  async record(fields: DuesPaymentFields): Promise<DuesPaymentRecord> {
    const viewer = this.viewer();
    const contact = await this.writableContact(fields.contactId);
    const entry = this.validate(fields);
    const id = randomUUID();
    await this.ctx.em.transactional(async (em) => {
      const owner = await moveBalance(em, contact.id, entry.amountKopiyky);
      em.persist(
        em.create(DuesPayment, {
          id,
          contactId: contact.id,
          orgUnitId: owner.orgUnitId,
          orgPath: owner.orgPath,
          amountKopiyky: String(entry.amountKopiyky),
          method: fields.method,
          paidOn: entry.date,
          reference: entry.reference,
          note: entry.note,
          createdBy: viewer.userId,
        } as DuesPayment),
      );
      recordTimelineEvent(em, {
        contactId: contact.id,
        kind: 'paid',
        actorUserId: viewer.userId,
        payload: { amountKopiyky: entry.amountKopiyky, method: fields.method, purpose: 'dues', paidOn: entry.date },
      });
      audit(em, { actorUserId: viewer.userId, operation: 'dues.payment.record', recordType: 'DuesPayment', recordId: id, after: { contactId: contact.id, ...entry, method: fields.method } }, this.ctx);
    });
    return this.paymentById(id);
  }

  /** A correction: the payment goes, the balance drops back; the audit row keeps both and the reason. */
  async remove(id: string, reasonText: string): Promise<ContactRecord> {
    const viewer = this.viewer();
    const payment = isUuid(id) ? await this.findPayment(id) : null;
    if (!payment) throw notFound();
    if (!duesCovers(viewer, 'write', { id: payment.contactId, orgPath: payment.orgPath })) throw forbidden();
    const reason = cleanText(reasonText);
    if (!reason) throw new ValidationFailed([{ field: 'reason', i18nKey: 'errors:fieldRequired' }]);
    if (reason.length > DUES_LIMITS.reason) throw new ValidationFailed([{ field: 'reason', i18nKey: 'errors:fieldTooLong', params: { max: DUES_LIMITS.reason } }]);
    await this.ctx.em.transactional(async (em) => {
      await moveBalance(em, payment.contactId, -payment.amountKopiyky);
      const deleted = await execute(em, 'delete from dues_payment where id = ? returning id', [id]);
      // Someone removed it a moment ago: roll our balance change back with the transaction.
      if (deleted.length === 0) throw notFound();
      const { createdAt: _createdAt, ...before } = payment;
      audit(em, { actorUserId: viewer.userId, operation: 'dues.payment.delete', recordType: 'DuesPayment', recordId: id, before, after: { reason } }, this.ctx);
    });
    this.ctx.loaders.contacts.byId.clear(payment.contactId);
    const contact = await this.ctx.loaders.contacts.byId.load(payment.contactId);
    if (!contact) throw notFound();
    return contact;
  }

  async paymentById(id: string): Promise<DuesPaymentRecord> {
    const payment = await this.findPayment(id);
    if (!payment) throw notFound();
    return payment;
  }

  /** The contact, if the viewer may record money for it: not found out of read scope, forbidden when only readable. */
  async writableContact(contactId: string): Promise<ContactRecord> {
    const contact = isUuid(contactId) ? await this.ctx.loaders.contacts.byId.load(contactId) : null;
    if (!contact || !duesCovers(this.ctx.viewer, 'read', contact)) throw notFound();
    if (!duesCovers(this.ctx.viewer, 'write', contact)) throw forbidden();
    return contact;
  }

  private async findPayment(id: string): Promise<DuesPaymentRecord | null> {
    const scope = readScopeSql(this.ctx.viewer, DuesPayment, 'p');
    const [row] = await execute(this.ctx.em, `select ${PAYMENT_COLUMNS('p')} from dues_payment p where p.id = ? and ${scope.sql}`, [id, ...scope.params]);
    return row ? toPaymentRecord(row) : null;
  }

  private validate(fields: DuesPaymentFields): MoneyEntry {
    const result = validateMoneyEntry(
      { amountKopiyky: fields.amountKopiyky, date: fields.paidOn, reference: fields.reference, note: fields.note },
      calendarDateIn(this.ctx.config.timeZone),
    );
    if (!result.ok) throw new ValidationFailed(result.problems.map((p) => ({ ...p, field: PAYMENT_FIELDS[p.field] ?? p.field })));
    return result.value;
  }

  private viewer() {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }
}

/**
 * Adds `delta` kopiyky to a contact's balance, locking its row: the first write of every
 * money transaction. Returns where the contact is kept, for the money row.
 */
export async function moveBalance(em: EntityManager, contactId: string, delta: number): Promise<{ orgUnitId: string; orgPath: string }> {
  const [row] = await execute<{ org_unit_id: string; org_path: string }>(
    em,
    'update contact set dues_balance = dues_balance + ? where id = ? returning org_unit_id, org_path::text as org_path',
    [delta, contactId],
  );
  if (!row) throw notFound();
  return { orgUnitId: row.org_unit_id, orgPath: row.org_path };
}
