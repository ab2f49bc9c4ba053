/**
 * A merge of two records of one person who were both paying dues: every money row goes to the
 * survivor's unit, a period charged twice is charged once, the balance is payments − charges
 * of what is left, the unit summaries follow; undo puts every row, unit and balance back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { insertPeople, person, type Person } from '../../test-support/people-fixture';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type FixtureUnit } from '../../test-support/tree-fixture';
import { addSchedule, balanceOf, setMembership } from '../../test-support/dues-fixture';
import { duesMismatches } from '../../test-support/dues-consistency';
import { generateDuesCharges } from '../dues/dues-charges';

let db: FreshDatabase;
let server: TestServer;
let admin: string;
let d1: FixtureUnit;
let d2: FixtureUnit;

const MERGE = `mutation($s: ID!, $m: ID!) {
  mergeContacts(survivorId: $s, mergedId: $m, expectedVersions: { survivor: 1, merged: 1 }) { id survivor { id } }
}`;
const UNDO = 'mutation($id: ID!) { undoContactMerge(mergeId: $id) { id undoneAt } }';
const PAY = `mutation($input: DuesPaymentInput!) { recordDuesPayment(input: $input) { payment { id } } }`;

const em = () => db.orm.em.fork();

async function pay(contact: Person, amountKopiyky: number, paidOn: string): Promise<void> {
  const result = await server.gql(PAY, { input: { contactId: contact.id, amountKopiyky, method: 'CASH', paidOn } }, { token: admin });
  expect(result.errors).toBeUndefined();
}

async function moneyRows(contact: Person) {
  return execute<{ kind: string; period: string | null; unit: string }>(
    em(),
    `select 'charge' as kind, period, org_unit_id::text as unit from dues_charge where contact_id = ?
     union all select 'payment', null, org_unit_id::text from dues_payment where contact_id = ?
     order by 1, 2`,
    [contact.id, contact.id],
  );
}

async function unitMonth(unit: FixtureUnit) {
  return execute<{ month: string; charged: number; paid: number }>(
    em(),
    `select month::text, charged_kopiyky::int as charged, paid_kopiyky::int as paid from dues_unit_month
      where org_unit_id = ? and (charged_kopiyky <> 0 or paid_kopiyky <> 0) order by 1`,
    [unit.id],
  );
}

beforeAll(async () => {
  db = await createFreshDatabase('merge_dues');
  const tree = await buildTree(em(), [2, 2], 0, 'md');
  [d1, d2] = tree.units.filter((u) => u.kind === 'district');
  admin = (await createUserWithSession(em(), { email: 'admin@md.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  server = await startTestServer(db.orm);
  await addSchedule(em(), { type: 'member', period: 'monthly', amountKopiyky: 5000, validFrom: '2026-01-01' });
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('merging two dues-paying records of one person', () => {
  it('charges a period once, keeps every payment, moves the money to the survivor’s unit, and undo restores all of it', async () => {
    const survivor = person(d1, 'Гаврилюк Оксана');
    const merged = person(d2, 'Havryliuk Oksana');
    await insertPeople(em(), [survivor, merged]);
    await setMembership(em(), [survivor.id, merged.id], 'member', 'member');
    for (const month of ['2026-09', '2026-10']) await generateDuesCharges(em(), { month, yearlyMonth: 1, grants: null });
    await pay(survivor, 5000, '2026-09-05');
    await pay(merged, 7000, '2026-10-07');
    expect([await balanceOf(em(), survivor.id), await balanceOf(em(), merged.id)]).toEqual([-5000, -3000]);
    const before = { d1: await unitMonth(d1), d2: await unitMonth(d2), survivorRows: await moneyRows(survivor), mergedRows: await moneyRows(merged) };

    const result = await server.gql<{ mergeContacts: { id: string } }>(MERGE, { s: survivor.id, m: merged.id }, { token: admin });
    expect(result.errors).toBeUndefined();

    // September and October once each, both payments, all in the survivor's unit.
    expect(await moneyRows(survivor)).toEqual([
      { kind: 'charge', period: '2026-09', unit: d1.id },
      { kind: 'charge', period: '2026-10', unit: d1.id },
      { kind: 'payment', period: null, unit: d1.id },
      { kind: 'payment', period: null, unit: d1.id },
    ]);
    expect(await balanceOf(em(), survivor.id)).toBe(12000 - 10000);
    expect(await unitMonth(d2)).toEqual([]);
    expect(await unitMonth(d1)).toEqual([
      { month: '2026-09-01', charged: 5000, paid: 5000 },
      { month: '2026-10-01', charged: 5000, paid: 7000 },
    ]);
    expect(await duesMismatches(em())).toEqual([]);

    const undo = await server.gql(UNDO, { id: result.data!.mergeContacts.id }, { token: admin });
    expect(undo.errors).toBeUndefined();
    expect([await balanceOf(em(), survivor.id), await balanceOf(em(), merged.id)]).toEqual([-5000, -3000]);
    expect({ d1: await unitMonth(d1), d2: await unitMonth(d2), survivorRows: await moneyRows(survivor), mergedRows: await moneyRows(merged) }).toEqual(before);
    expect(await duesMismatches(em())).toEqual([]);
  });
});
