import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, pgArray } from '../../platform/db/sql';
import {
  STATUS_CHANGE_ORDER,
  STATUS_CHANGE_SELECT,
  TRANSFER_SELECT,
  toStatusChangeRecord,
  toTransferRecord,
  type StatusChangeRecord,
  type TransferRecord,
  type TransferRow,
} from './membership.records';

export type MembershipLoaders = ReturnType<typeof createMembershipLoaders>;

/**
 * Membership history and transfers of contacts, keyed by contact id: one statement per page
 * of contacts. Only ever asked for contacts the viewer can see (their field resolvers), so
 * the rows carry their contact's scope and need no predicate of their own.
 */
export function createMembershipLoaders(em: EntityManager) {
  const historyByContact = new DataLoader<string, StatusChangeRecord[]>(async (contactIds) => {
    const rows = await execute<Parameters<typeof toStatusChangeRecord>[0]>(
      em,
      `${STATUS_CHANGE_SELECT} where m.contact_id = any(?::uuid[]) order by ${STATUS_CHANGE_ORDER}`,
      [pgArray(contactIds)],
    );
    return group(contactIds, rows.map(toStatusChangeRecord));
  });

  /** Every transfer of the contact, newest request first. */
  const transfersByContact = new DataLoader<string, TransferRecord[]>(async (contactIds) => {
    const rows = await execute<TransferRow>(em, `${TRANSFER_SELECT} where t.contact_id = any(?::uuid[]) order by t.requested_at desc, t.id desc`, [
      pgArray(contactIds),
    ]);
    return group(contactIds, rows.map(toTransferRecord));
  });

  return { historyByContact, transfersByContact };
}

function group<T extends { contactId: string }>(keys: readonly string[], records: T[]): T[][] {
  const byContact = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const record of records) byContact.get(record.contactId)?.push(record);
  return keys.map((key) => byContact.get(key) ?? []);
}
