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
      'contact_card_number_key', 'contact_emails_gin', 'contact_membership_idx', 'contact_org_path_gist', 'contact_org_unit_sort_idx', 'contact_phones_gin',
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

  it('gives the demo accounts’ people a year of dues, balances kept as payments minus charges', async () => {
    const member = DEMO_ACCOUNTS.find((a) => a.role === 'member')!;
    expect(await one("select count(*) from dues_charge where contact_id = ?", [member.contact.id])).toBe(DUES_HISTORY_MONTHS + 1);
    expect(summary.duesCharges).toBeGreaterThanOrEqual(DEMO_ACCOUNTS.length * (DUES_HISTORY_MONTHS + 1));
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
