import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { calendarDateIn, validateMoneyEntry, type MoneyEntry, type PaymentMethod } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import { execute } from '../../platform/db/sql';
import { notFound, unauthenticated, ValidationFailed } from '../../platform/graphql/errors';
import { recordTimelineEvent } from '../timeline/timeline-events';
import { Contribution } from './contribution.entity';
import { DuesPaymentService } from './dues-payment.service';
import { CONTRIBUTION_COLUMNS, toContributionRecord, type ContributionRecord } from './dues.records';

export interface ContributionFields {
  contactId: string;
  amountKopiyky: number;
  campaign?: string | null;
  method: PaymentMethod;
  receivedOn: string;
  receiptNumber: string;
  note?: string | null;
}

/** Field names of the shared money checks, as the contribution input names them. */
const CONTRIBUTION_FIELDS: Record<string, string> = { amount: 'amountKopiyky', date: 'receivedOn' };
const receiptTaken = () => new ValidationFailed([{ field: 'receiptNumber', i18nKey: 'dues:error.receiptNumberTaken' }]);

/** Donations: no effect on the dues balance; receipt numbers unique across the organization. */
export class ContributionService {
  constructor(private readonly ctx: GraphQLContext) {}

  async record(fields: ContributionFields): Promise<ContributionRecord> {
    if (!this.ctx.viewer) throw unauthenticated();
    const viewer = this.ctx.viewer;
    const contact = await new DuesPaymentService(this.ctx).writableContact(fields.contactId);
    const entry = this.validate(fields);
    // Checked first for a clear answer; the unique index settles a race between two saves.
    const [taken] = await execute(this.ctx.em, 'select 1 from contribution where lower(receipt_number) = lower(?)', [entry.receiptNumber]);
    if (taken) throw receiptTaken();
    const id = randomUUID();
    try {
      await this.ctx.em.transactional(async (em) => {
        const [owner] = await execute<{ org_unit_id: string; org_path: string }>(em, 'select org_unit_id, org_path::text as org_path from contact where id = ?', [contact.id]);
        if (!owner) throw notFound();
        em.persist(
          em.create(Contribution, {
            id,
            contactId: contact.id,
            orgUnitId: owner.org_unit_id,
            orgPath: owner.org_path,
            amountKopiyky: String(entry.amountKopiyky),
            campaign: entry.campaign,
            method: fields.method,
            receivedOn: entry.date,
            receiptNumber: entry.receiptNumber!,
            note: entry.note,
            createdBy: viewer.userId,
          } as Contribution),
        );
        recordTimelineEvent(em, {
          contactId: contact.id,
          kind: 'paid',
          actorUserId: viewer.userId,
          payload: { amountKopiyky: entry.amountKopiyky, method: fields.method, purpose: 'contribution', campaign: entry.campaign, receiptNumber: entry.receiptNumber },
        });
        audit(em, { actorUserId: viewer.userId, operation: 'dues.contribution.record', recordType: 'Contribution', recordId: id, after: { contactId: contact.id, ...entry, method: fields.method } }, this.ctx);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw receiptTaken();
      throw error;
    }
    const scope = readScopeSql(viewer, Contribution, 'x');
    const [row] = await execute(this.ctx.em, `select ${CONTRIBUTION_COLUMNS('x')} from contribution x where x.id = ? and ${scope.sql}`, [id, ...scope.params]);
    if (!row) throw notFound();
    return toContributionRecord(row);
  }

  private validate(fields: ContributionFields): MoneyEntry {
    const result = validateMoneyEntry(
      { amountKopiyky: fields.amountKopiyky, date: fields.receivedOn, campaign: fields.campaign, receiptNumber: fields.receiptNumber, note: fields.note },
      calendarDateIn(this.ctx.config.timeZone),
      { receiptRequired: true },
    );
    if (!result.ok) throw new ValidationFailed(result.problems.map((p) => ({ ...p, field: CONTRIBUTION_FIELDS[p.field] ?? p.field })));
    return result.value;
  }
}
