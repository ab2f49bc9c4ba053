import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../platform/db/sql';

/** A row a merge dropped because the survivor already had its twin: its table and its columns (or their JSON text). */
export interface DroppedRow {
  table: string;
  row: string | Record<string, unknown>;
}

/**
 * Charges among the dropped rows: the same period charged to both records of one person is
 * owed once, so the merged record's twin charge is no longer owed.
 */
function forgivenKopiyky(dropped: readonly DroppedRow[]): bigint {
  return dropped
    .filter((d) => d.table === 'dues_charge')
    .map((d) => (typeof d.row === 'string' ? (JSON.parse(d.row) as Record<string, unknown>) : d.row))
    .reduce((sum, row) => sum + BigInt(String(row.amount_kopiyky)), 0n);
}

/**
 * Once one contact's money rows have been handed to another (a merge), hands over its balance
 * too, with what its dropped twin charges no longer owe, and returns the amount carried (exact
 * text) for an undo to take back.
 */
export async function carryDuesBalance(em: EntityManager, fromId: string, toId: string, dropped: readonly DroppedRow[]): Promise<string> {
  const [left] = await execute<{ balance: string }>(em, 'select dues_balance::text as balance from contact where id = ?', [fromId]);
  const carried = (BigInt(left.balance) + forgivenKopiyky(dropped)).toString();
  if (carried !== '0') await execute(em, 'update contact set dues_balance = dues_balance + ?::bigint where id = ?', [carried, toId]);
  return carried;
}

/**
 * The balance the merged contact had once its rows were gone, from what was carried: what it
 * comes back with on undo, before its rows (and dropped charges) return to it.
 */
export function balanceLeftBehind(carried: string, dropped: readonly DroppedRow[]): string {
  return (BigInt(carried) - forgivenKopiyky(dropped)).toString();
}
