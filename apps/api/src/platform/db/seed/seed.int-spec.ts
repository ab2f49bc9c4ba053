import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../../../test-support/fresh-database';
import { verifyPassword } from '../../auth/password';
import { execute } from '../sql';
import { DEMO_ACCOUNTS, DEMO_BRANCH_CODE, DEMO_FIXTURE_CONTACTS, DEMO_PASSWORD } from './demo-accounts';
import { isDatabaseSeeded, seedDemoOrganization, type SeedSummary } from './seed';
import { DUES_HISTORY_MONTHS } from './demo-dues';
import { duesMismatches } from '../../../test-support/dues-consistency';

const CONTACTS = 2_000;
const BRANCHES = 60;

describe('seedDemoOrganization', () => {
  let db: FreshDatabase;
  let summary: SeedSummary;
  let seededBefore: boolean;

  beforeAll(async () => {
    db = await createFreshDatabase('seed');
    seededBefore = await isDatabaseSeeded(db.orm.em.fork());
    summary = await seedDemoOrganization(db.orm, { contacts: CONTACTS, branches: BRANCHES, seed: 11 });
  });

  afterAll(async () => {
    await db?.drop();
  });

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => execute<T>(db.orm.em.fork(), query, params);
  const one = async (query: string, params: unknown[] = []): Promise<number> => Number(Object.values((await sql(query, params))[0])[0]);

  it('inserts the whole organization and reports it', async () => {
    expect(summary).toMatchObject({ branches: BRANCHES, contacts: CONTACTS, users: DEMO_ACCOUNTS.length });
    expect(await one('select count(*) from org_unit')).toBe(summary.units);
    expect(await one(`select count(*) from org_unit where kind = 'branch'`)).toBe(BRANCHES);
    expect(await one('select count(*) from contact')).toBe(CONTACTS);
    expect(await one('select count(*) from app_user')).toBe(DEMO_ACCOUNTS.length);
    expect(await one('select count(*) from role_assignment')).toBe(DEMO_ACCOUNTS.length);
  });

  it('keeps paths, counters and indexes consistent with the rows', async () => {
    expect(await one(`select subtree_contacts from org_unit_counter c join org_unit u on u.id = c.org_unit_id where u.kind = 'hq'`)).toBe(CONTACTS);
    expect(await one('select sum(direct_contacts) from org_unit_counter')).toBe(CONTACTS);
    expect(await one('select count(*) from contact c join org_unit u on u.id = c.org_unit_id where c.org_path <> u.path')).toBe(0);
    expect(await one('select count(*) from org_unit c join org_unit p on p.id = c.parent_id where not (p.path @> c.path and nlevel(c.path) = nlevel(p.path) + 1)')).toBe(0);
    const indexes = await sql<{ indexname: string }>(`select indexname from pg_indexes where tablename = 'contact' order by 1`);
    expect(indexes.map((i) => i.indexname)).toEqual([
      'contact_card_number_key', 'contact_emails_gin', 'contact_filter_cover_idx', 'contact_membership_idx', 'contact_org_path_gist', 'contact_org_unit_sort_idx', 'contact_phones_gin',
      'contact_pkey', 'contact_search_prefix', 'contact_search_trgm', 'contact_sort_idx', 'contact_tags_gin',
    ]);
  });

  it('creates every demo account with the demo password, its role and its own contact', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await sql<{ password_hash: string; display_name: string; role: string; reach: string; code: string; contact_code: string }>(
        `select u.password_hash, u.display_name, r.role, r.reach, ou.code, cu.code as contact_code
           from app_user u
           join role_assignment r on r.user_id = u.id
           join org_unit ou on ou.id = r.org_unit_id
           join contact c on c.id = u.contact_id
           join org_unit cu on cu.id = c.org_unit_id
          where u.email = ?`,
        [account.email],
      );
      expect(user).toMatchObject({ display_name: account.displayName, role: account.role, reach: account.reach, code: account.unitCode, contact_code: account.unitCode });
      expect(await verifyPassword(user.password_hash, DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(user.password_hash, 'wrong-password')).toBe(false);
    }
  });

  it('links the member to their own contact in the demo branch', async () => {
    const member = DEMO_ACCOUNTS.find((a) => a.role === 'member')!;
    const [row] = await sql<{ id: string; last_name: string; first_name: string; code: string }>(
      `select c.id, c.last_name, c.first_name, ou.code
         from app_user u join contact c on c.id = u.contact_id join org_unit ou on ou.id = c.org_unit_id
        where u.email = ?`,
      [member.email],
    );
    expect(row).toEqual({ id: member.contact.id, last_name: member.contact.lastName, first_name: member.contact.firstName, code: DEMO_BRANCH_CODE });
  });

  it('stores the fixtures with search documents that find them in either script', async () => {
    for (const fixture of DEMO_FIXTURE_CONTACTS) {
      expect(await one('select count(*) from contact c join org_unit u on u.id = c.org_unit_id where c.id = ? and u.code = ?', [fixture.id, fixture.unitCode])).toBe(1);
    }
    const inBranch = await sql<{ last_name: string }>(
      `select c.last_name from contact c join org_unit u on u.id = c.org_unit_id where u.code = ? and c.search_doc like '%shevchenko%' order by 1`,
      [DEMO_BRANCH_CODE],
    );
    expect(inBranch.map((r) => r.last_name)).toEqual(expect.arrayContaining(['Shevchenko', 'Шевченко']));
  });

  it('stores details and a membership history consistent with each contact’s status', async () => {
    expect(await one(`select count(*) from contact where birth_date is null or gender is null or address_region is null`)).toBe(0);
    expect(await one(`select count(*) from contact where cardinality(tags) > 1`)).toBeGreaterThan(0);
    expect(await one(`select count(*) from contact where membership_status is not null`)).toBeGreaterThan(CONTACTS * 0.55);
    // Every member has a history whose latest step is their status, type and date.
    expect(await one(`
      select count(*) from contact c
       where c.membership_status is not null and not exists (
         select 1 from (select * from membership_status_change m where m.contact_id = c.id order by changed_on desc, to_status = c.membership_status desc limit 1) last
          where last.to_status = c.membership_status and last.membership_type = c.membership_type and last.changed_on = c.membership_since)`)).toBe(0);
    expect(await one(`select count(*) from membership_status_change m join contact c on c.id = m.contact_id where c.membership_status is null`)).toBe(0);
    expect(await one(`select count(*) from membership_status_change where changed_on > current_date`)).toBe(0);
    const indexes = await sql<{ indexname: string }>(`select indexname from pg_indexes where tablename = 'membership_status_change' order by 1`);
    expect(indexes.map((i) => i.indexname)).toEqual(['membership_status_change_contact_idx', 'membership_status_change_pkey']);
    // Dropped for the load and restored: the contact and the actor are foreign keys again.
    expect(await one(`select count(*) from pg_constraint where conrelid = 'membership_status_change'::regclass and contype = 'f' and convalidated`)).toBe(2);
  });

  it('gives members unique cards, the demo member one of them, and continues the card serial after them', async () => {
    expect(await one(`select count(*) from contact where (card_number is not null) <> (membership_status in ('member', 'suspended'))`)).toBe(0);
    const member = DEMO_ACCOUNTS.find((a) => a.role === 'member')!;
    const [own] = await sql<{ membership_status: string; card_number: string }>('select membership_status, card_number from contact where id = ?', [member.contact.id]);
    expect(own).toMatchObject({ membership_status: 'member', card_number: expect.stringMatching(/^UA32-\d{6}$/) });
    const highest = await one(`select max(substring(card_number from '-(\\d+)$')::int) from contact`);
    expect(await one(`select nextval('membership_card_seq')`)).toBe(highest + 1);
  });

  it('charges the demo member every month of the last year since they joined, balances kept as payments minus charges', async () => {
    const member = DEMO_ACCOUNTS.find((a) => a.role === 'member')!;
    // The months of the window ending on or after the day they became a member.
    const months = await one(
      `select count(*) from generate_series(date_trunc('month', current_date) - make_interval(months => ?), date_trunc('month', current_date), interval '1 month') m
        where m + interval '1 month' > (select membership_since from contact where id = ?)`,
      [DUES_HISTORY_MONTHS, member.contact.id],
    );
    expect(months).toBeGreaterThan(0);
    expect(await one('select count(*) from dues_charge where contact_id = ?', [member.contact.id])).toBe(months);
    expect(summary.duesCharges).toBe(await one('select count(*) from dues_charge'));
    expect(await duesMismatches(db.orm.em.fork())).toEqual([]);
  });

  it('marks the database as seeded, and a second seed changes nothing', async () => {
    expect(seededBefore).toBe(false);
    expect(await isDatabaseSeeded(db.orm.em.fork())).toBe(true);
    await expect(seedDemoOrganization(db.orm, { contacts: 100, branches: 25 })).rejects.toThrow();
    expect(await one('select count(*) from contact')).toBe(CONTACTS);
    expect(await one('select count(*) from org_unit')).toBe(summary.units);
  });
});
