import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDateIn } from '@hromada/shared';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { buildTree, createUserWithSession, type Tree } from '../../test-support/tree-fixture';
import { addSchedule, balanceOf, setMembership } from '../../test-support/dues-fixture';
import { duesMismatches } from '../../test-support/dues-consistency';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { execute } from '../../platform/db/sql';
import { generateDuesCharges } from './dues-charges';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let headToken: string;
let memberToken: string;
let otherHeadToken: string;
/** In the branch head's unit: a monthly payer, a yearly payer, the member behind memberToken. */
let monthly: string;
let yearly: string;
let own: string;
let elsewhere: string;

const RECORD = `mutation($input: DuesPaymentInput!) { recordDuesPayment(input: $input) { payment { id amountKopiyky method paidOn reference recordedBy fromBankImport } contact { id dues { balanceKopiyky arrearsKopiyky } } } }`;
const DUES = `query($id: ID!, $first: Int, $after: String) { contact(id: $id) { dues {
  balanceKopiyky arrearsKopiyky lastPaymentOn viewerCanWrite
  periodsInArrears { period dueOn amountKopiyky outstandingKopiyky }
  charges(first: 20) { totalCount edges { node { period amountKopiyky dueOn } } }
  payments(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id amountKopiyky paidOn } } }
} contributions(first: 5) { totalCount edges { node { receiptNumber amountKopiyky campaign } } } } }`;

interface Dues {
  balanceKopiyky: number;
  arrearsKopiyky: number;
  lastPaymentOn: string | null;
  viewerCanWrite: boolean;
  periodsInArrears: { period: string; outstandingKopiyky: number }[];
  charges: { totalCount: number; edges: { node: { period: string } }[] };
  payments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; amountKopiyky: number; paidOn: string } }[] };
}

async function dues(id: string, token = headToken, vars: Record<string, unknown> = {}) {
  const res = await server.gql<{ contact: { dues: Dues | null; contributions: { totalCount: number; edges: { node: { receiptNumber: string } }[] } | null } | null }>(DUES, { id, ...vars }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.contact;
}

function pay(contactId: string, amountKopiyky: number, paidOn: string, token = headToken, extra: Record<string, unknown> = {}) {
  return server.gql<{ recordDuesPayment: { payment: { id: string; recordedBy: string }; contact: { dues: { balanceKopiyky: number } } } }>(
    RECORD,
    { input: { contactId, amountKopiyky, method: 'CASH', paidOn, ...extra } },
    { token },
  );
}

const periods = (d: Dues) => d.periodsInArrears.map((p) => `${p.period}:${p.outstandingKopiyky}`);

beforeAll(async () => {
  db = await createFreshDatabase('dues_payments');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2], 4, 'dp');
  const branch = tree.units[1];
  const inBranch = tree.contacts.filter((c) => c.unitId === branch.id).map((c) => c.id);
  [monthly, yearly, own] = inBranch;
  elsewhere = tree.contacts.find((c) => c.unitId === tree.units[2].id)!.id;
  await setMembership(em, [monthly, own], 'member', 'member');
  await setMembership(em, [yearly], 'supporter', 'member');
  await addSchedule(em, { type: 'member', period: 'monthly', amountKopiyky: 5000, validFrom: '2025-01-01' });
  await addSchedule(em, { type: 'supporter', period: 'yearly', amountKopiyky: 12_000, validFrom: '2025-01-01' });
  for (const month of ['2025-12', '2026-01', '2026-02', '2026-03']) {
    await generateDuesCharges(db.orm.em.fork(), { month, yearlyMonth: 1, grants: null });
  }
  headToken = (await createUserWithSession(em, { email: 'head@dp.test', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: branch.id }] })).token;
  otherHeadToken = (await createUserWithSession(em, { email: 'other@dp.test', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: tree.units[2].id }] })).token;
  memberToken = (await createUserWithSession(em, { email: 'member@dp.test', assignments: [{ role: 'member', reach: 'UNIT', unitId: branch.id }], contactId: own })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('arrears across periods', () => {
  it('lists every unpaid month, oldest first, before any payment', async () => {
    const d = (await dues(monthly))!.dues!;
    expect(d).toMatchObject({ balanceKopiyky: -20_000, arrearsKopiyky: 20_000, lastPaymentOn: null, viewerCanWrite: true });
    expect(periods(d)).toEqual(['2025-12:5000', '2026-01:5000', '2026-02:5000', '2026-03:5000']);
    expect(d.charges.edges.map((e) => e.node.period)).toEqual(['2026-03', '2026-02', '2026-01', '2025-12']);
  });

  it('allocates partial payments to the oldest months first', async () => {
    expect((await pay(monthly, 7000, '2026-01-10')).errors).toBeUndefined();
    const res = await pay(monthly, 1500, '2026-02-05');
    expect(res.data!.recordDuesPayment.contact.dues.balanceKopiyky).toBe(-11_500);
    const d = (await dues(monthly))!.dues!;
    // Charged 200 UAH, paid 85: December is paid, January has 35 of 50 paid.
    expect(periods(d)).toEqual(['2026-01:1500', '2026-02:5000', '2026-03:5000']);
    expect(d.lastPaymentOn).toBe('2026-02-05');
  });

  it('carries an overpayment forward: nothing owed, the next charge is covered', async () => {
    await pay(monthly, 20_000, '2026-03-01');
    const d = (await dues(monthly))!.dues!;
    expect(d).toMatchObject({ balanceKopiyky: 8500, arrearsKopiyky: 0, periodsInArrears: [] });
    await generateDuesCharges(db.orm.em.fork(), { month: '2026-04', yearlyMonth: 1, grants: null });
    expect((await dues(monthly))!.dues).toMatchObject({ balanceKopiyky: 3500, periodsInArrears: [] });
    await generateDuesCharges(db.orm.em.fork(), { month: '2026-05', yearlyMonth: 1, grants: null });
    expect(periods((await dues(monthly))!.dues!)).toEqual(['2026-05:1500']);
  });

  it('treats a yearly charge as one period beside monthly ones', async () => {
    await pay(yearly, 2000, '2026-02-01');
    const d = (await dues(yearly))!.dues!;
    expect(periods(d)).toEqual(['2026:10000']);
    expect(d.charges.edges.map((e) => e.node.period)).toEqual(['2026']);
  });

  it('keeps every balance equal to payments minus charges', async () => {
    expect(await duesMismatches(db.orm.em.fork())).toEqual([]);
  });
});

describe('recordDuesPayment', () => {
  it('records who, writes a timeline entry and an audit row with the payment', async () => {
    const res = await pay(own, 5000, '2026-03-02', headToken, { reference: ' Квитанція  42 ', method: 'BANK_TRANSFER' });
    expect(res.errors).toBeUndefined();
    const payment = res.data!.recordDuesPayment.payment;
    expect(payment).toMatchObject({ amountKopiyky: 5000, method: 'BANK_TRANSFER', paidOn: '2026-03-02', reference: 'Квитанція 42', recordedBy: 'head@dp.test', fromBankImport: false });
    const em = db.orm.em.fork();
    const [activity] = await execute<{ kind: string; payload: Record<string, unknown> }>(em, "select kind, payload from contact_activity where contact_id = ? and kind = 'paid' order by created_at desc limit 1", [own]);
    expect(activity.payload).toMatchObject({ amountKopiyky: 5000, method: 'bank_transfer' });
    const [auditRow] = await execute<{ operation: string }>(em, 'select operation from audit_log where record_id = ?', [payment.id]);
    expect(auditRow.operation).toBe('dues.payment.record');
  });

  it('refuses bad input field by field and changes nothing', async () => {
    const before = await balanceOf(db.orm.em.fork(), monthly);
    const [count] = await execute<{ n: number }>(db.orm.em.fork(), 'select count(*)::int as n from dues_payment');
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const res = await pay(monthly, 0, tomorrow, headToken, { reference: 'x'.repeat(141) });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { field: 'amountKopiyky', i18nKey: 'dues:error.amountPositive' },
        { field: 'paidOn', i18nKey: 'dues:error.dateInFuture' },
        { field: 'reference', i18nKey: 'errors:fieldTooLong', params: { max: 140 } },
      ],
    });
    expect((await pay(monthly, 100_000_001, '2026-01-01')).errors?.[0].extensions).toMatchObject({ fieldErrors: [{ field: 'amountKopiyky', i18nKey: 'dues:error.amountTooLarge' }] });
    expect(await balanceOf(db.orm.em.fork(), monthly)).toBe(before);
    const [after] = await execute<{ n: number }>(db.orm.em.fork(), 'select count(*)::int as n from dues_payment');
    expect(after.n).toBe(count.n);
  });

  it('accepts today in the organization’s zone', async () => {
    expect((await pay(monthly, 100, calendarDateIn('Europe/Kyiv'))).errors).toBeUndefined();
  });

  it('is not found outside the scope and forbidden to a member', async () => {
    expect((await pay(elsewhere, 100, '2026-01-01')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await pay(own, 100, '2026-01-01', memberToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await pay(monthly, 100, '2026-01-01', otherHeadToken)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('deleteDuesPayment', () => {
  it('needs a reason, then takes the payment back out of the balance and keeps it in the audit log', async () => {
    const created = await pay(monthly, 4321, '2026-01-15');
    const id = created.data!.recordDuesPayment.payment.id;
    const before = await balanceOf(db.orm.em.fork(), monthly);
    const noReason = await server.gql('mutation($id: ID!) { deleteDuesPayment(id: $id, reason: "  ") { id } }', { id }, { token: headToken });
    expect(noReason.errors?.[0].extensions).toMatchObject({ fieldErrors: [{ field: 'reason', i18nKey: 'errors:fieldRequired' }] });
    const res = await server.gql<{ deleteDuesPayment: { dues: { balanceKopiyky: number } } }>(
      'mutation($id: ID!) { deleteDuesPayment(id: $id, reason: "Entered twice") { id dues { balanceKopiyky } } }',
      { id },
      { token: headToken },
    );
    expect(res.data?.deleteDuesPayment.dues.balanceKopiyky).toBe(before - 4321);
    const [auditRow] = await execute<{ before: { amountKopiyky: number }; after: { reason: string } }>(
      db.orm.em.fork(),
      "select before, after from audit_log where record_id = ? and operation = 'dues.payment.delete'",
      [id],
    );
    expect(auditRow).toMatchObject({ before: { amountKopiyky: 4321 }, after: { reason: 'Entered twice' } });
    const again = await server.gql('mutation($id: ID!) { deleteDuesPayment(id: $id, reason: "again") { id } }', { id }, { token: headToken });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await duesMismatches(db.orm.em.fork())).toEqual([]);
  });
});

describe('recordContribution', () => {
  const CONTRIBUTE = `mutation($input: ContributionInput!) { recordContribution(input: $input) { contribution { id receiptNumber campaign amountKopiyky } contact { dues { balanceKopiyky } } } }`;
  const give = (receiptNumber: string, campaign: string | null = 'Зимова допомога') =>
    server.gql<{ recordContribution: { contribution: { receiptNumber: string; campaign: string | null }; contact: { dues: { balanceKopiyky: number } } } }>(
      CONTRIBUTE,
      { input: { contactId: yearly, amountKopiyky: 100_000, campaign, method: 'CARD', receivedOn: '2026-02-14', receiptNumber } },
      { token: headToken },
    );

  it('records a donation without touching the dues balance', async () => {
    const before = await balanceOf(db.orm.em.fork(), yearly);
    const res = await give('R-2026-001');
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordContribution.contribution).toMatchObject({ receiptNumber: 'R-2026-001', campaign: 'Зимова допомога' });
    expect(res.data!.recordContribution.contact.dues.balanceKopiyky).toBe(before);
    expect((await dues(yearly))!.contributions).toMatchObject({ totalCount: 1, edges: [{ node: { receiptNumber: 'R-2026-001' } }] });
  });

  it('refuses a receipt number already used, whatever its case', async () => {
    const res = await give('r-2026-001', null);
    expect(res.errors?.[0].extensions).toMatchObject({ fieldErrors: [{ field: 'receiptNumber', i18nKey: 'dues:error.receiptNumberTaken' }] });
    const missing = await give('  ');
    expect(missing.errors?.[0].extensions).toMatchObject({ fieldErrors: [{ field: 'receiptNumber', i18nKey: 'errors:fieldRequired' }] });
  });
});

describe('reading dues', () => {
  it('pages payments newest first with a cursor', async () => {
    const first = (await dues(monthly, headToken, { first: 2 }))!.dues!.payments;
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const all: string[] = first.edges.map((e) => e.node.paidOn);
    let after = first.pageInfo.endCursor;
    while (after) {
      const page = (await dues(monthly, headToken, { first: 2, after }))!.dues!.payments;
      all.push(...page.edges.map((e) => e.node.paidOn));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    }
    expect(all).toHaveLength(first.totalCount);
    expect([...all].sort().reverse()).toEqual(all);
    const forged = await server.gql(DUES, { id: monthly, after: 'bm9wZQ' }, { token: headToken });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows a member their own dues, read only, and nobody else’s', async () => {
    const mine = await dues(own, memberToken);
    // Six months charged (December to May), one paid.
    expect(mine?.dues).toMatchObject({ viewerCanWrite: false, balanceKopiyky: -25_000 });
    expect(await dues(monthly, memberToken)).toBeNull();
  });

  it('costs a fixed number of statements for a page of contacts', async () => {
    const ids = tree.contacts.map((c) => c.id);
    const body = ids.map((_, i) => `a${i}: contact(id: $v${i}) { dues { balanceKopiyky periodsInArrears { period } payments(first: 3) { totalCount edges { node { id } } } charges(first: 3) { edges { node { period } } } } contributions(first: 3) { totalCount } }`).join('\n');
    const query = `query(${ids.map((_, i) => `$v${i}: ID!`).join(', ')}) {\n${body}\n}`;
    const vars = Object.fromEntries(ids.map((id, i) => [`v${i}`, id]));
    db.queries.length = 0;
    const res = await server.gql(query, vars, { token: headToken });
    expect(res.errors).toBeUndefined();
    const selects = db.queries.filter((q) => /dues|contribution/.test(q));
    // summary, arrears, charges (page + count), payments (page + count), contributions (page + count)
    expect(selects.length).toBeLessThanOrEqual(8);
  });
});
