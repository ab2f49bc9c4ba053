import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../platform/db/sql';
import { referencingColumns } from '../modules/duplicates/contact-references';

/**
 * Tables other modules might add, created by merge tests to prove the merge knows none of
 * them by name: a membership keyed by (group, contact); money with an identity key, a unique
 * (contact, period) and a trigger that keeps `contact.dues_balance`; a one-to-one profile
 * keyed by the contact itself.
 */
export async function createForeignTables(em: EntityManager): Promise<void> {
  await execute(em, 'create table test_group (id uuid primary key, name text not null)');
  await execute(em, `
    create table test_group_member (
      group_id uuid not null references test_group (id),
      contact_id uuid not null references contact (id) on delete cascade,
      joined_on date not null,
      primary key (group_id, contact_id)
    )`);
  await execute(em, `
    create table test_dues_payment (
      id bigint generated always as identity primary key,
      contact_id uuid not null references contact (id),
      period text not null,
      amount bigint not null,
      unique (contact_id, period)
    )`);
  await execute(em, `
    create function test_dues_balance() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then update contact set dues_balance = dues_balance - old.amount where id = old.contact_id; end if;
      if tg_op in ('UPDATE', 'INSERT') then update contact set dues_balance = dues_balance + new.amount where id = new.contact_id; end if;
      return null;
    end $$`);
  await execute(em, 'create trigger test_dues_balance after insert or update or delete on test_dues_payment for each row execute function test_dues_balance()');
  await execute(em, 'create table test_profile (contact_id uuid primary key references contact (id), nickname text not null)');
}

export interface Snapshot {
  [table: string]: string[];
}

/**
 * Every row of every table that references contacts (found as the merge finds them), of the
 * contacts themselves, of the pairs and of the unit counters, as sorted JSON texts. `mask`
 * drops columns from chosen rows (a survivor's version moves on after merge and undo).
 */
export async function snapshotTables(em: EntityManager, mask: { contactId: string; columns: string[] }[] = []): Promise<Snapshot> {
  const tables = new Set(['public.contact', 'public.duplicate_pair', 'public.org_unit_counter']);
  for (const ref of await referencingColumns(em)) tables.add(`${ref.schema}.${ref.table}`);
  const snapshot: Snapshot = {};
  for (const table of [...tables].sort()) {
    const rows = await execute<{ row: Record<string, unknown> }>(em, `select to_jsonb(t) as row from ${table} t`);
    snapshot[table] = rows
      .map(({ row }) => {
        const hidden = table === 'public.contact' ? mask.find((m) => m.contactId === row.id)?.columns ?? [] : [];
        return JSON.stringify(Object.fromEntries(Object.entries(row).filter(([key]) => !hidden.includes(key)).sort(([a], [b]) => a.localeCompare(b))));
      })
      // The timeline entries the merge and its undo add are history, not restored state.
      .filter((text) => table !== 'public.contact_activity' || !/"kind":"(merged|merge_undone)"/.test(text))
      .sort();
  }
  return snapshot;
}
