import type { EntityManager } from '@mikro-orm/postgresql';
import { contactFullName, contactSearchDocument } from '@hromada/shared';
import { execute, executeBound, pgArray } from '../sql';
import type { DemoAccount } from './demo-accounts';
import type { SeedContact, SeedOrgUnit } from './demo-organization';
import { stableUuid } from './uuid';

/**
 * Bulk statements of the seed (and of the test fixtures): one `insert … select from
 * unnest(arrays)` per table or batch, never a statement per row. Inside a transaction.
 */

/**
 * Runs a statement with bound parameters on the seed transaction's connection. The usual
 * `execute` inlines every parameter into the SQL text: megabytes of escaping per batch.
 */
async function insertBound(em: EntityManager, query: string, params: readonly string[]): Promise<void> {
  if (!em.getTransactionContext()) throw new Error('bulk inserts run inside the seed transaction');
  await executeBound(em, query, params);
}

/** What an org unit row is made of; the generator's units carry more. */
export type UnitRow = Pick<SeedOrgUnit, 'id' | 'code' | 'path' | 'kind' | 'parentId' | 'nameUk' | 'nameEn'>;

export async function insertUnits(em: EntityManager, units: readonly UnitRow[]): Promise<void> {
  await insertBound(
    em,
    `insert into org_unit (id, code, name_uk, name_en, kind, parent_id, path)
     select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::ltree[])`,
    [
      pgArray(units.map((u) => u.id)),
      pgArray(units.map((u) => u.code)),
      pgArray(units.map((u) => u.nameUk)),
      pgArray(units.map((u) => u.nameEn)),
      pgArray(units.map((u) => u.kind)),
      pgArray(units.map((u) => u.parentId)),
      pgArray(units.map((u) => u.path)),
    ],
  );
}

/**
 * Drops a table's secondary indexes (not those behind constraints) and returns the
 * statements that rebuild them: building an index once over loaded rows is several times
 * cheaper than maintaining it row by row (PostgreSQL manual, "Populating a Database").
 */
export async function dropSecondaryIndexes(em: EntityManager, table: string): Promise<string[]> {
  const indexes = await execute<{ name: string; definition: string }>(
    em,
    `select x.indexrelid::regclass::text as name, pg_get_indexdef(x.indexrelid) as definition
       from pg_index x
      where x.indrelid = ?::regclass
        and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
      order by 1`,
    [table],
  );
  for (const index of indexes) await execute(em, `drop index ${index.name}`);
  return indexes.map((index) => index.definition);
}

/** Tags travel as one text per contact, split in SQL: unnest cannot take arrays of uneven arrays. */
const TAG_SEPARATOR = '|';

/**
 * Drops a table's foreign keys and returns the statements that restore them: one validating
 * join over the loaded rows is far cheaper than a lookup and a row lock per inserted row.
 */
export async function dropForeignKeys(em: EntityManager, table: string): Promise<string[]> {
  const keys = await execute<{ name: string; definition: string }>(
    em,
    `select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint where conrelid = ?::regclass and contype = 'f' order by 1`,
    [table],
  );
  for (const key of keys) await execute(em, `alter table ${table} drop constraint ${key.name}`);
  return keys.map((key) => `alter table ${table} add constraint ${key.name} ${key.definition}`);
}

export async function insertContacts(em: EntityManager, contacts: readonly SeedContact[]): Promise<void> {
  const detail = <T>(pick: (d: NonNullable<SeedContact['details']>) => T) => contacts.map((c) => (c.details ? pick(c.details) : null) as T | null);
  await insertBound(
    em,
    `insert into contact (id, org_unit_id, org_path, first_name, last_name, patronymic, phones, emails, sort_name, search_doc,
                          gender, birth_date, address_region, address_settlement, address_street, tags, source, consent_at, consent_version,
                          contact_type, membership_type, membership_status, membership_since, card_number)
     select id, unit_id, path, first_name, last_name, patronymic,
            case when phone is null then '{}' else array[phone] end, case when email is null then '{}' else array[email] end,
            sort_name, search_doc, gender, birth_date, address_region, address_settlement, address_street,
            case when tags is null or tags = '' then '{}' else string_to_array(tags, '${TAG_SEPARATOR}') end,
            source, consent_at, consent_version, coalesce(contact_type, 'supporter'), membership_type, membership_status, membership_since, card_number
       from unnest(?::uuid[], ?::uuid[], ?::ltree[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                   ?::text[], ?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[],
                   ?::text[], ?::text[], ?::text[], ?::date[], ?::text[])
         as c (id, unit_id, path, first_name, last_name, patronymic, phone, email, sort_name, search_doc,
               gender, birth_date, address_region, address_settlement, address_street, tags, source, consent_at, consent_version,
               contact_type, membership_type, membership_status, membership_since, card_number)`,
    [
      pgArray(contacts.map((c) => c.id)),
      pgArray(contacts.map((c) => c.unitId)),
      pgArray(contacts.map((c) => c.unitPath)),
      pgArray(contacts.map((c) => c.firstName)),
      pgArray(contacts.map((c) => c.lastName)),
      pgArray(contacts.map((c) => c.patronymic)),
      pgArray(contacts.map((c) => c.phone)),
      pgArray(contacts.map((c) => c.email)),
      pgArray(contacts.map(contactFullName)),
      pgArray(contacts.map((c) => contactSearchDocument({ ...c, phones: c.phone ? [c.phone] : [], emails: c.email ? [c.email] : [] }))),
      pgArray(detail((d) => d.gender)),
      pgArray(detail((d) => d.birthDate)),
      pgArray(detail((d) => d.addressRegion)),
      pgArray(detail((d) => d.addressSettlement)),
      pgArray(detail((d) => d.addressStreet)),
      pgArray(detail((d) => d.tags.join(TAG_SEPARATOR))),
      pgArray(detail((d) => d.source)),
      pgArray(detail((d) => d.consentAt)),
      pgArray(detail((d) => d.consentVersion)),
      pgArray(detail((d) => d.contactType)),
      pgArray(detail((d) => d.membershipType)),
      pgArray(detail((d) => d.membershipStatus)),
      pgArray(detail((d) => d.membershipSince)),
      pgArray(detail((d) => d.cardNumber)),
    ],
  );
}

/** The membership history of the given contacts, which must already be inserted. */
export async function insertMembershipHistory(em: EntityManager, contacts: readonly SeedContact[]): Promise<void> {
  const columns = {
    id: [] as string[],
    contactId: [] as string[],
    type: [] as string[],
    from: [] as (string | null)[],
    to: [] as string[],
    on: [] as string[],
    reason: [] as (string | null)[],
    order: [] as number[],
  };
  for (const c of contacts) {
    c.details?.history.forEach((step, order) => {
      columns.id.push(step.id);
      columns.contactId.push(c.id);
      columns.type.push(step.membershipType);
      columns.from.push(step.fromStatus);
      columns.to.push(step.toStatus);
      columns.on.push(step.changedOn);
      columns.reason.push(step.reason);
      columns.order.push(order);
    });
  }
  if (columns.id.length === 0) return;
  // Recorded on the day, in order: steps of one day keep their order in the history.
  await executeBound(
    em,
    `insert into membership_status_change (id, contact_id, membership_type, from_status, to_status, changed_on, reason, created_at)
     select id, contact_id, membership_type, from_status, to_status, changed_on, reason,
            (changed_on + time '09:00' + step * interval '1 minute') at time zone 'Europe/Kyiv'
       from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::date[], ?::text[], ?::int[])
         as m (id, contact_id, membership_type, from_status, to_status, changed_on, reason, step)`,
    [columns.id, columns.contactId, columns.type, columns.from, columns.to, columns.on, columns.reason, columns.order].map(pgArray),
  );
}

/** Users with their contact links and role assignments; their contacts must already exist. */
export async function insertAccounts(
  em: EntityManager,
  accounts: readonly DemoAccount[],
  unitIdByCode: ReadonlyMap<string, string>,
  passwordHash: string,
): Promise<void> {
  const unitId = (code: string): string => {
    const id = unitIdByCode.get(code);
    if (!id) throw new RangeError(`demo account unit ${code} is not in the organization`);
    return id;
  };
  await insertBound(
    em,
    `insert into app_user (id, email, password_hash, display_name, locale, contact_id)
     select id, email, ?, display_name, 'uk', contact_id from unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[]) as a (id, email, display_name, contact_id)`,
    [
      passwordHash,
      pgArray(accounts.map((a) => a.id)),
      pgArray(accounts.map((a) => a.email)),
      pgArray(accounts.map((a) => a.displayName)),
      pgArray(accounts.map((a) => a.contact.id)),
    ],
  );
  await insertBound(
    em,
    `insert into role_assignment (id, user_id, role, org_unit_id, reach)
     select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::uuid[], ?::text[])`,
    [
      pgArray(accounts.map((a) => stableUuid(`role_assignment:${a.email}:${a.role}:${a.unitCode}`))),
      pgArray(accounts.map((a) => a.id)),
      pgArray(accounts.map((a) => a.role)),
      pgArray(accounts.map((a) => unitId(a.unitCode))),
      pgArray(accounts.map((a) => a.reach)),
    ],
  );
}
