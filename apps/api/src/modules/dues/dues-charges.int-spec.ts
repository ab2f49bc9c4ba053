import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { buildTree, createUserWithSession, type Tree } from '../../test-support/tree-fixture';
import { addSchedule, balanceOf, setMembership } from '../../test-support/dues-fixture';
import { duesMismatches } from '../../test-support/dues-consistency';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { execute } from '../../platform/db/sql';
import { generateDuesCharges } from './dues-charges';

let db: FreshDatabase;
let tree: Tree;
/** By role in the test: who owes what. */
let members: string[];
let candidates: string[];
let supporters: string[];
let notCharged: string[];

const run = (month: string, grants = null as Parameters<typeof generateDuesCharges>[1]['grants']) =>
  generateDuesCharges(db.orm.em.fork(), { month, yearlyMonth: 1, grants });

async function charges(contactId: string): Promise<string[]> {
  const rows = await execute<{ period: string; amount: string }>(db.orm.em.fork(), 'select period, amount_kopiyky::text as amount from dues_charge where contact_id = ? order by due_on, period', [contactId]);
  return rows.map((r) => `${r.period}:${r.amount}`);
}

beforeAll(async () => {
  db = await createFreshDatabase('dues_charges');
  const em = db.orm.em.fork();
  // 1 + 2 + 4 units, 6 contacts each: 42 contacts.
  tree = await buildTree(em, [2, 2], 6, 'dc');
  const ids = tree.contacts.map((c) => c.id);
  members = ids.filter((_, i) => i % 6 === 0 || i % 6 === 1);
  candidates = ids.filter((_, i) => i % 6 === 2);
  supporters = ids.filter((_, i) => i % 6 === 3);
  const suspended = ids.filter((_, i) => i % 6 === 4);
  await setMembership(em, members, 'member', 'member');
  await setMembership(em, candidates, 'candidate', 'candidate');
  await setMembership(em, supporters, 'supporter', 'member');
  await setMembership(em, suspended, 'member', 'suspended');
  // i % 6 === 5: no membership at all.
  notCharged = [...suspended, ...ids.filter((_, i) => i % 6 === 5)];
  await addSchedule(em, { type: 'member', period: 'monthly', amountKopiyky: 5000, validFrom: '2025-01-01', validTo: '2025-12-31' });
  await addSchedule(em, { type: 'member', period: 'monthly', amountKopiyky: 6000, validFrom: '2026-01-01' });
  await addSchedule(em, { type: 'candidate', period: 'monthly', amountKopiyky: 2000, validFrom: '2025-01-01' });
  await addSchedule(em, { type: 'supporter', period: 'yearly', amountKopiyky: 12_000, validFrom: '2025-01-01' });
});

afterAll(async () => {
  await db?.drop();
});

describe('generateDuesCharges', () => {
  it('charges members and candidates by the schedule valid on the first of the month, yearly dues in the yearly month', async () => {
    const result = await run('2026-01');
    expect(result).toMatchObject({ month: '2026-01', charged: members.length + candidates.length + supporters.length });
    expect(result.amountKopiyky).toBe(members.length * 6000 + candidates.length * 2000 + supporters.length * 12_000);
    expect(await charges(members[0])).toEqual(['2026-01:6000']);
    expect(await charges(candidates[0])).toEqual(['2026-01:2000']);
    expect(await charges(supporters[0])).toEqual(['2026:12000']);
    for (const id of notCharged) expect(await charges(id)).toEqual([]);
    expect(await balanceOf(db.orm.em.fork(), members[0])).toBe(-6000);
    expect(await duesMismatches(db.orm.em.fork())).toEqual([]);
  });

  it('is idempotent: a second run for the month charges no one', async () => {
    const again = await run('2026-01');
    expect(again).toMatchObject({ charged: 0, amountKopiyky: 0 });
    expect(await balanceOf(db.orm.em.fork(), members[0])).toBe(-6000);
  });

  it('charges only monthly dues outside the yearly month, and the old tariff for an old month', async () => {
    expect((await run('2026-02')).charged).toBe(members.length + candidates.length);
    expect((await run('2025-12')).amountKopiyky).toBe(members.length * 5000 + candidates.length * 2000);
    expect(await charges(members[0])).toEqual(['2025-12:5000', '2026-01:6000', '2026-02:6000']);
    expect(await charges(supporters[0])).toEqual(['2026:12000']);
    expect(await duesMismatches(db.orm.em.fork())).toEqual([]);
  });

  it('does not charge anyone who joined after the month, nor for a month without a schedule', async () => {
    const late = members[1];
    await setMembership(db.orm.em.fork(), [late], 'member', 'member', '2026-04-02');
    expect((await run('2026-03')).charged).toBe(members.length - 1 + candidates.length);
    expect(await charges(late)).not.toContain('2026-03:6000');
    expect((await run('2024-06')).charged).toBe(0);
  });

  it('covers only the grants it is given', async () => {
    const region = tree.units.find((u) => u.path === 'dc.r1')!;
    const branch = tree.units.find((u) => u.path === 'dc.r2.d1')!;
    const result = await run('2025-11', [{ unitId: region.id, path: region.path, reach: 'SUBTREE' }, { unitId: branch.id, path: branch.path, reach: 'UNIT' }]);
    const covered = tree.contacts.filter((c) => c.path.startsWith('dc.r1') || c.path === 'dc.r2.d1').map((c) => c.id);
    const owing = [...members, ...candidates].filter((id) => covered.includes(id));
    expect(result.charged).toBe(owing.length);
    const [row] = await execute<{ n: number }>(db.orm.em.fork(), "select count(*)::int as n from dues_charge where period = '2025-11'");
    expect(row.n).toBe(owing.length);
  });

  it('moves a contact’s money rows and arrears with it to another unit', async () => {
    const contact = tree.contacts.find((c) => c.id === members[0])!;
    const target = tree.units.find((u) => u.path === 'dc.r2.d2')!;
    await execute(db.orm.em.fork(), 'update contact set org_unit_id = ? where id = ?', [target.id, contact.id]);
    expect(await duesMismatches(db.orm.em.fork())).toEqual([]);
    const [row] = await execute<{ n: number }>(db.orm.em.fork(), 'select count(*)::int as n from dues_charge where contact_id = ? and org_unit_id = ?', [contact.id, target.id]);
    expect(row.n).toBe(4);
  });
});

describe('lock order', () => {
  it('updates the arrears summary before the monthly one in a charge batch, as every dues writer does', async () => {
    const em = db.orm.em.fork();
    await execute(em, 'create table summary_write_log (seq bigint generated always as identity, summary text)');
    await execute(em, `create function log_summary_write() returns trigger language plpgsql as $$
      begin insert into summary_write_log (summary) values (TG_TABLE_NAME); return null; end $$`);
    for (const table of ['dues_unit_balance', 'dues_unit_month']) {
      await execute(em, `create trigger ${table}_log after insert or update on ${table} for each statement execute function log_summary_write()`);
    }
    try {
      expect((await run('2025-08')).charged).toBeGreaterThan(0);
      const log = await execute<{ summary: string }>(em, 'select summary from summary_write_log order by seq');
      const order = log.map((l) => l.summary).filter((s, i, all) => s !== all[i - 1]);
      expect(order).toEqual(['dues_unit_balance', 'dues_unit_month']);
    } finally {
      for (const table of ['dues_unit_balance', 'dues_unit_month']) await execute(em, `drop trigger ${table}_log on ${table}`);
      await execute(em, 'drop function log_summary_write(); drop table summary_write_log');
    }
  });
});

describe('generateDuesCharges as a background task', () => {
  let server: TestServer;
  let adminToken: string;
  let memberToken: string;

  beforeAll(async () => {
    const em = db.orm.em.fork();
    const root = tree.units[0];
    adminToken = (await createUserWithSession(em, { email: 'admin@dc.test', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: root.id }] })).token;
    memberToken = (await createUserWithSession(em, { email: 'member@dc.test', assignments: [{ role: 'member', reach: 'UNIT', unitId: root.id }], contactId: members[2] })).token;
    server = await startTestServer(db.orm, { runJobs: true });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('runs from the mutation with progress to the end, and reports what it charged', async () => {
    const started = await server.gql<{ generateDuesCharges: string }>('mutation { generateDuesCharges(month: "2025-10") }', {}, { token: adminToken });
    expect(started.errors).toBeUndefined();
    const id = started.data!.generateDuesCharges;
    type Task = { status: string; done: number; total: number; result: { charged: number } } | null;
    let task: Task = null;
    for (let i = 0; i < 100 && task?.status !== 'succeeded' && task?.status !== 'failed'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const res = await server.gql<{ backgroundTask: Task }>('query($id: ID!) { backgroundTask(id: $id) { status done total result } }', { id }, { token: adminToken });
      task = res.data!.backgroundTask;
    }
    // One member joined after this month (see above).
    // Progress counts contacts with a charged status (supporters included: no yearly dues this month).
    const owing = members.length + candidates.length + supporters.length;
    expect(task).toMatchObject({ status: 'succeeded', done: owing, total: owing, result: { charged: members.length - 1 + candidates.length } });
    expect(await duesMismatches(db.orm.em.fork())).toEqual([]);
  });

  it('records payments while charge runs go on, without deadlocks or a wrong balance', async () => {
    const payments = [...members, ...candidates].flatMap((contactId, i) =>
      [0, 1].map((k) =>
        server.gql(
          'mutation($input: DuesPaymentInput!) { recordDuesPayment(input: $input) { payment { id } } }',
          { input: { contactId, amountKopiyky: 100 + i + k, method: 'CASH', paidOn: '2025-05-0' + (1 + k) } },
          { token: adminToken },
        ),
      ),
    );
    const results = await Promise.all([run('2025-05'), run('2025-04'), ...payments, run('2025-05')]);
    const errors = results.flatMap((r) => ('errors' in r && r.errors ? r.errors.map((e) => e.message) : []));
    expect(errors).toEqual([]);
    expect(await duesMismatches(db.orm.em.fork())).toEqual([]);
  });

  it('refuses a month in the future or not a month, and members', async () => {
    const future = await server.gql('mutation { generateDuesCharges(month: "2999-01") }', {}, { token: adminToken });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'month', i18nKey: 'dues:error.monthInFuture' }] });
    const bad = await server.gql('mutation { generateDuesCharges(month: "2025-13") }', {}, { token: adminToken });
    expect(bad.errors?.[0].extensions).toMatchObject({ fieldErrors: [{ field: 'month', i18nKey: 'dues:error.monthInvalid' }] });
    const member = await server.gql('mutation { generateDuesCharges(month: "2025-09") }', {}, { token: memberToken });
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
