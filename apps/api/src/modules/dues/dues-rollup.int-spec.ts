import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { buildTree, createUserWithSession, type Tree } from '../../test-support/tree-fixture';
import { addSchedule, setMembership } from '../../test-support/dues-fixture';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { execute } from '../../platform/db/sql';
import { generateDuesCharges } from './dues-charges';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let adminToken: string;

interface UnitDues {
  chargedKopiyky: number;
  paidKopiyky: number;
  contributionsKopiyky: number;
  arrearsKopiyky: number;
  membersInArrears: number;
}

const FIELDS = 'chargedKopiyky paidKopiyky contributionsKopiyky arrearsKopiyky membersInArrears';
const UNIT = `query($id: ID!, $from: String!, $to: String!) { orgUnit(id: $id) { id dues(from: $from, to: $to) { ${FIELDS} } children { id dues(from: $from, to: $to) { ${FIELDS} } } } }`;

async function unitDues(id: string, from: string, to: string, token = adminToken) {
  const res = await server.gql<{ orgUnit: { dues: UnitDues | null; children: { id: string; dues: UnitDues | null }[] } | null }>(UNIT, { id, from, to }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.orgUnit!;
}

/** The same figures straight from the money rows and balances of the subtree. */
async function truth(path: string, from: string, to: string): Promise<UnitDues> {
  const [row] = await execute<Record<string, string>>(
    db.orm.em.fork(),
    `select
       (select coalesce(sum(amount_kopiyky), 0) from dues_charge where org_path <@ ?::ltree and due_on between ?::date and (?::date + interval '1 month' - interval '1 day')) as charged,
       (select coalesce(sum(amount_kopiyky), 0) from dues_payment where org_path <@ ?::ltree and paid_on between ?::date and (?::date + interval '1 month' - interval '1 day')) as paid,
       (select coalesce(sum(amount_kopiyky), 0) from contribution where org_path <@ ?::ltree and received_on between ?::date and (?::date + interval '1 month' - interval '1 day')) as contributed,
       (select coalesce(sum(-dues_balance), 0) from contact where org_path <@ ?::ltree and dues_balance < 0) as arrears,
       (select count(*) from contact where org_path <@ ?::ltree and dues_balance < 0) as owing`,
    [path, `${from}-01`, `${to}-01`, path, `${from}-01`, `${to}-01`, path, `${from}-01`, `${to}-01`, path, path],
  );
  return { chargedKopiyky: Number(row.charged), paidKopiyky: Number(row.paid), contributionsKopiyky: Number(row.contributed), arrearsKopiyky: Number(row.arrears), membersInArrears: Number(row.owing) };
}

beforeAll(async () => {
  db = await createFreshDatabase('dues_rollup');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [3, 2], 5, 'dr');
  const ids = tree.contacts.map((c) => c.id);
  await setMembership(em, ids.filter((_, i) => i % 5 !== 4), 'member', 'member');
  await addSchedule(em, { type: 'member', period: 'monthly', amountKopiyky: 5000, validFrom: '2025-01-01' });
  for (const month of ['2026-01', '2026-02', '2026-03']) await generateDuesCharges(db.orm.em.fork(), { month, yearlyMonth: 1, grants: null });
  // Payments in several months and amounts; a contribution here and there.
  await execute(
    em,
    `insert into dues_payment (id, contact_id, org_unit_id, org_path, amount_kopiyky, method, paid_on)
     select gen_random_uuid(), c.id, c.org_unit_id, c.org_path, 1000 * (1 + n % 7), 'cash', date '2026-01-10' + (n * 13 % 80)::int
       from (select c.*, row_number() over (order by c.id) as n from contact c) c where n % 3 <> 0`,
  );
  await execute(
    em,
    `update contact c set dues_balance = c.dues_balance + p.total from (select contact_id, sum(amount_kopiyky) total from dues_payment group by 1) p where c.id = p.contact_id`,
  );
  await execute(
    em,
    `insert into contribution (id, contact_id, org_unit_id, org_path, amount_kopiyky, method, received_on, receipt_number)
     select gen_random_uuid(), c.id, c.org_unit_id, c.org_path, 25000, 'card', date '2026-02-20', 'R-' || c.id from contact c where c.id::text < '4'`,
  );
  adminToken = (await createUserWithSession(em, { email: 'admin@dr.test', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('OrgUnit.dues', () => {
  it('equals the money rows of the subtree, for every unit and month range', async () => {
    for (const [from, to] of [['2026-01', '2026-03'], ['2026-02', '2026-02'], ['2025-01', '2025-12']]) {
      for (const unit of tree.units) {
        const got = (await unitDues(unit.id, from, to)).dues;
        expect(got, `${unit.path} ${from}…${to}`).toEqual(await truth(unit.path, from, to));
      }
    }
  });

  it('rolls branches up to their district, districts to the region, regions to the nation', async () => {
    const sum = (list: UnitDues[]) => list.reduce((a, b) => ({
      chargedKopiyky: a.chargedKopiyky + b.chargedKopiyky,
      paidKopiyky: a.paidKopiyky + b.paidKopiyky,
      contributionsKopiyky: a.contributionsKopiyky + b.contributionsKopiyky,
      arrearsKopiyky: a.arrearsKopiyky + b.arrearsKopiyky,
      membersInArrears: a.membersInArrears + b.membersInArrears,
    }));
    for (const unit of tree.units.filter((u) => u.kind !== 'district')) {
      const page = await unitDues(unit.id, '2026-01', '2026-03');
      if (page.children.length === 0) continue;
      // Contacts sit at every level of the fixture: the unit's own add to its children's.
      const own = await truth(unit.path, '2026-01', '2026-03');
      const children = await Promise.all(page.children.map((c) => truth(tree.units.find((u) => u.id === c.id)!.path, '2026-01', '2026-03')));
      const ownOnly = { ...own };
      for (const key of Object.keys(ownOnly) as (keyof UnitDues)[]) ownOnly[key] -= sum(children)[key];
      expect(sum([...page.children.map((c) => c.dues!), ownOnly])).toEqual(page.dues);
    }
  });

  it('costs the same few statements for a unit and all its children, however many', async () => {
    const statements = async (id: string) => {
      db.queries.length = 0;
      await unitDues(id, '2026-01', '2026-03');
      return db.queries.filter((q) => q.includes('dues_unit_')).length;
    };
    // Two for the unit, two for its children (resolved one level later): 3 regions under the root, 2 districts under a region.
    expect(await statements(tree.units[0].id)).toBe(4);
    expect(await statements(tree.units.find((u) => u.path === 'dr.r1')!.id)).toBe(4);
  });

  it('counts only what the viewer’s grants cover, and is null without dues grants', async () => {
    const branch = tree.units.find((u) => u.path === 'dr.r2.d1')!;
    const region = tree.units.find((u) => u.path === 'dr.r2')!;
    const head = await createUserWithSession(db.orm.em.fork(), { email: 'head@dr.test', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: branch.id }] });
    const own = await truth(branch.path, '2026-01', '2026-03');
    const below = await Promise.all(tree.units.filter((u) => u.parentId === branch.id).map((u) => truth(u.path, '2026-01', '2026-03')));
    const unitOnly = { ...own };
    for (const b of below) for (const key of Object.keys(unitOnly) as (keyof UnitDues)[]) unitOnly[key] -= b[key];
    expect((await unitDues(branch.id, '2026-01', '2026-03', head.token)).dues).toEqual(unitOnly);
    // The region is visible above the unit; its figure is the part the viewer covers.
    expect((await unitDues(region.id, '2026-01', '2026-03', head.token)).dues).toEqual(unitOnly);
    const member = await createUserWithSession(db.orm.em.fork(), { email: 'member@dr.test', assignments: [{ role: 'member', reach: 'UNIT', unitId: branch.id }], contactId: tree.contacts[0].id });
    expect((await unitDues(branch.id, '2026-01', '2026-03', member.token)).dues).toBeNull();
  });

  it('refuses months that are not months or a range backwards', async () => {
    const res = await server.gql(UNIT, { id: tree.units[0].id, from: '2026-03', to: '2026-01' }, { token: adminToken });
    expect(res.errors?.[0].extensions).toMatchObject({ fieldErrors: [{ field: 'to', i18nKey: 'dues:error.monthRangeInvalid' }] });
    const bad = await server.gql(UNIT, { id: tree.units[0].id, from: '2026-1', to: '2026-01' }, { token: adminToken });
    expect(bad.errors?.[0].extensions).toMatchObject({ fieldErrors: [{ field: 'from', i18nKey: 'dues:error.monthInvalid' }] });
  });
});
