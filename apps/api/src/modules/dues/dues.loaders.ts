import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { unpaidPeriods, type UnpaidPeriod } from '@hromada/shared';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import type { Viewer } from '../../platform/auth/viewer';
import { execute, pgArray } from '../../platform/db/sql';
import { Contact } from '../contacts/contact.entity';
import { Contribution } from './contribution.entity';
import { DuesCharge } from './dues-charge.entity';
import { DuesPayment } from './dues-payment.entity';
import {
  CHARGE_COLUMNS,
  CONTRIBUTION_COLUMNS,
  PAYMENT_COLUMNS,
  toChargeRecord,
  toContributionRecord,
  toPaymentRecord,
} from './dues.records';
import { moneyPagesLoader } from './money-pages.loader';
import { createDuesRollupLoader } from './dues-rollup.loader';

export type DuesLoaders = ReturnType<typeof createDuesLoaders>;

export interface DuesSummary {
  balanceKopiyky: number;
  lastPaymentOn: string | null;
}

/**
 * Per-request batching for dues: a page of contacts costs a fixed number of statements for
 * balances, arrears, and each history list. Callers ask only for contacts in dues read scope;
 * every money row read also carries the money table's own scope predicate.
 */
export function createDuesLoaders(em: EntityManager, viewer: Viewer | null) {
  /** Balance (kept on the contact) and the latest payment day. */
  const summary = new DataLoader<string, DuesSummary | null>(async (ids) => {
    const contacts = readScopeSql(viewer, Contact, 'c');
    const payments = readScopeSql(viewer, DuesPayment, 'p');
    const rows = await execute<{ id: string; balance: string; last_paid: string | null }>(
      em,
      `select c.id, c.dues_balance::text as balance,
              (select max(p.paid_on)::text from dues_payment p where p.contact_id = c.id and ${payments.sql}) as last_paid
         from contact c where c.id = any(?::uuid[]) and ${contacts.sql}`,
      [...payments.params, pgArray(ids), ...contacts.params],
    );
    const map = new Map(rows.map((r) => [r.id, { balanceKopiyky: Number(r.balance), lastPaymentOn: r.last_paid }]));
    return ids.map((id) => map.get(id) ?? null);
  });

  /**
   * Unpaid periods of contacts in arrears. Only the newest charges that the amount owed
   * reaches are read (a running sum from the newest back); see `unpaidPeriods`.
   */
  const unpaid = new DataLoader<string, UnpaidPeriod[]>(async (ids) => {
    const contacts = readScopeSql(viewer, Contact, 'c');
    const charges = readScopeSql(viewer, DuesCharge, 'ch');
    const rows = await execute<{ contact_id: string; period: string; amount: string; due_on: string; balance: string }>(
      em,
      `select x.contact_id, x.period, x.amount::text as amount, x.due_on::text as due_on, x.balance::text as balance from (
         select ch.contact_id, ch.period, ch.amount_kopiyky as amount, ch.due_on, c.dues_balance as balance,
                sum(ch.amount_kopiyky) over (partition by ch.contact_id order by ch.due_on desc, ch.period desc) - ch.amount_kopiyky as newer
           from contact c join dues_charge ch on ch.contact_id = c.id
          where c.id = any(?::uuid[]) and c.dues_balance < 0 and ${contacts.sql} and ${charges.sql}
       ) x where x.newer < -x.balance`,
      [pgArray(ids), ...contacts.params, ...charges.params],
    );
    return ids.map((id) => {
      const own = rows.filter((r) => r.contact_id === id);
      if (own.length === 0) return [];
      const list = own.map((r) => ({ period: r.period, amountKopiyky: Number(r.amount), dueOn: r.due_on }));
      return unpaidPeriods(list, Number(own[0].balance));
    });
  });

  const charges = moneyPagesLoader(em, viewer, {
    table: 'dues_charge',
    entity: DuesCharge,
    day: 'due_on',
    tie: 'period',
    tieType: 'text',
    columns: CHARGE_COLUMNS,
    toRecord: toChargeRecord,
    cursorOf: (c) => [c.dueOn, c.period],
  });

  const payments = moneyPagesLoader(em, viewer, {
    table: 'dues_payment',
    entity: DuesPayment,
    day: 'paid_on',
    tie: 'id',
    tieType: 'uuid',
    columns: PAYMENT_COLUMNS,
    toRecord: toPaymentRecord,
    cursorOf: (p) => [p.paidOn, p.id],
  });

  const contributions = moneyPagesLoader(em, viewer, {
    table: 'contribution',
    entity: Contribution,
    day: 'received_on',
    tie: 'id',
    tieType: 'uuid',
    columns: CONTRIBUTION_COLUMNS,
    toRecord: toContributionRecord,
    cursorOf: (c) => [c.receivedOn, c.id],
  });

  return { summary, unpaid, charges, payments, contributions, rollup: createDuesRollupLoader(em, viewer) };
}
