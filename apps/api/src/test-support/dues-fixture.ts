import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DuesPeriodKind, MembershipStatus, MembershipType } from '@hromada/shared';
import { execute, pgArray } from '../platform/db/sql';

/** Gives contacts a membership type and status (and a start date), as the membership module would. */
export async function setMembership(
  em: EntityManager,
  contactIds: readonly string[],
  type: MembershipType,
  status: MembershipStatus,
  since: string | null = '2020-01-01',
): Promise<void> {
  await execute(em, 'update contact set membership_type = ?, membership_status = ?, membership_since = ? where id = any(?::uuid[])', [
    type, status, since, pgArray(contactIds),
  ]);
}

export async function addSchedule(
  em: EntityManager,
  schedule: { type: MembershipType; period: DuesPeriodKind; amountKopiyky: number; validFrom: string; validTo?: string | null },
): Promise<string> {
  const id = randomUUID();
  await execute(em, 'insert into dues_schedule (id, membership_type, period, amount_kopiyky, valid_from, valid_to) values (?, ?, ?, ?, ?, ?)', [
    id, schedule.type, schedule.period, schedule.amountKopiyky, schedule.validFrom, schedule.validTo ?? null,
  ]);
  return id;
}

export async function balanceOf(em: EntityManager, contactId: string): Promise<number> {
  const [row] = await execute<{ b: string }>(em, 'select dues_balance::text as b from contact where id = ?', [contactId]);
  return Number(row.b);
}
