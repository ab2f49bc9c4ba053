import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type GqlResponse, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, insertContacts, type FixtureContact, type FixtureUnit, type Tree } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let admin: string;
let head: string;
let receiver: string;
let regional: string;
let member: string;
let home: FixtureUnit;
let target: FixtureUnit;
let seq = 0;

const unit = (path: string) => tree.units.find((u) => u.path === path)!;
const TRANSFER = 'id status contactId contactDisplayName fromUnit { id nameUk regionNameUk } toUnit { id nameEn regionNameEn } note requestedByName decidedByName decisionNote decidedAt viewerCanDecide viewerCanCancel';
const REQUEST = `mutation($contact: ID!, $to: ID!, $note: String) { requestMembershipTransfer(contactId: $contact, toUnitId: $to, note: $note) { ${TRANSFER} } }`;
const DECIDE = `mutation($id: ID!, $accept: Boolean!, $note: String) { decideMembershipTransfer(id: $id, accept: $accept, note: $note) { ${TRANSFER} contact { id orgUnit { id } } } }`;
const CANCEL = `mutation($id: ID!) { cancelMembershipTransfer(id: $id) { ${TRANSFER} } }`;
const INCOMING = `query($status: MembershipTransferStatus, $first: Int, $after: String) {
  incomingMembershipTransfers(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } }
}`;

interface Transfer {
  id: string;
  status: string;
  contactDisplayName: string;
  fromUnit: { id: string; nameUk: string; regionNameUk: string | null };
  toUnit: { id: string; nameEn: string; regionNameEn: string | null };
  note: string | null;
  requestedByName: string | null;
  decidedByName: string | null;
  decisionNote: string | null;
  decidedAt: string | null;
  viewerCanDecide: boolean;
  viewerCanCancel: boolean;
  contact?: { id: string; orgUnit: { id: string } } | null;
}

const code = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? 'OK';
const fieldErrors = (res: GqlResponse<unknown>) => (res.errors?.[0]?.extensions?.fieldErrors as { field: string; i18nKey: string }[] | undefined)?.map((f) => `${f.field}:${f.i18nKey}`);
const sql = <T>(query: string, params: unknown[] = []) => execute<T>(db.orm.em.fork(), query, params);
const counter = async (u: FixtureUnit) =>
  (await sql<{ direct_contacts: number; subtree_contacts: number }>('select direct_contacts, subtree_contacts from org_unit_counter where org_unit_id = ?', [u.id]))[0];

async function newContact(at: FixtureUnit = home): Promise<FixtureContact> {
  seq += 1;
  const contact = { id: randomUUID(), unitId: at.id, path: at.path, lastName: 'Мельник', firstName: `Петро${seq}`, phone: `+38067${String(3_000_000 + seq)}`, email: `t${seq}@tr.org` };
  await insertContacts(db.orm.em.fork(), [contact]);
  return contact;
}

const request = (contact: string, to: string, note?: string, token = head) =>
  server.gql<{ requestMembershipTransfer: Transfer }>(REQUEST, { contact, to, note }, { token });
const decide = (id: string, accept: boolean, note?: string, token = receiver) =>
  server.gql<{ decideMembershipTransfer: Transfer }>(DECIDE, { id, accept, note }, { token });
const contactAs = (id: string, token: string) =>
  server.gql<{ contact: { id: string; version: number; orgUnit: { id: string }; pendingTransfer: { id: string } | null; membershipTransfers: { id: string; status: string }[] } | null }>(
    'query($id: ID!) { contact(id: $id) { id version orgUnit { id } pendingTransfer { id } membershipTransfers { id status } } }',
    { id },
    { token },
  );

beforeAll(async () => {
  db = await createFreshDatabase('membership_transfer');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2, 2, 2], 1, 'tr');
  home = unit('tr.r1.d1.b1');
  target = unit('tr.r2.d2.b1');
  admin = (await createUserWithSession(em, { email: 'admin@tr.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  head = (await createUserWithSession(em, { email: 'head@tr.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: home.id }] })).token;
  receiver = (await createUserWithSession(em, { email: 'receiver@tr.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: target.id }] })).token;
  regional = (await createUserWithSession(em, { email: 'regional@tr.org', assignments: [{ role: 'manager', reach: 'SUBTREE', unitId: unit('tr.r2').id }] })).token;
  const own = await newContact(target);
  member = (await createUserWithSession(em, { email: 'member@tr.org', assignments: [{ role: 'member', reach: 'UNIT', unitId: target.id }], contactId: own.id })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('requestMembershipTransfer', () => {
  it('files a request the sending side sees on the contact and the receiving side in its queue', async () => {
    const c = await newContact();
    const res = await request(c.id, target.id, '  Переїхав до Одеси ');
    expect(res.errors).toBeUndefined();
    const t = res.data!.requestMembershipTransfer;
    expect(t).toMatchObject({
      status: 'PENDING', contactDisplayName: `Мельник ${c.firstName}`, note: 'Переїхав до Одеси', requestedByName: 'head@tr.org',
      fromUnit: { id: home.id, nameUk: home.nameUk, regionNameUk: unit('tr.r1').nameUk },
      toUnit: { id: target.id, nameEn: target.nameEn, regionNameEn: unit('tr.r2').nameEn },
      viewerCanDecide: false, viewerCanCancel: true,
    });
    expect((await contactAs(c.id, head)).data!.contact!.pendingTransfer).toEqual({ id: t.id });
    const incoming = await server.gql<{ incomingMembershipTransfers: { edges: { node: { id: string } }[] } }>(INCOMING, {}, { token: receiver });
    expect(incoming.data!.incomingMembershipTransfers.edges.map((e) => e.node.id)).toContain(t.id);
    const mine = await server.gql<{ incomingMembershipTransfers: { totalCount: number } }>(INCOMING, { status: null }, { token: head });
    expect(mine.data!.incomingMembershipTransfers.totalCount).toBe(0);
    expect(await sql(`select 1 from audit_log where record_id = ? and operation = 'membership.transfer.request'`, [t.id])).toHaveLength(1);
  });

  it('allows one pending request per contact', async () => {
    const c = await newContact();
    expect(code(await request(c.id, target.id))).toBe('OK');
    const again = await request(c.id, unit('tr.r2.d1.b2').id);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', i18nKey: 'membership:error.transferAlreadyPending' });
  });

  it('needs a branch other than the current one', async () => {
    const c = await newContact();
    expect(fieldErrors(await request(c.id, unit('tr.r2.d1').id))).toEqual(['toUnitId:membership:error.targetNotBranch']);
    expect(fieldErrors(await request(c.id, randomUUID()))).toEqual(['toUnitId:membership:error.targetNotBranch']);
    expect(fieldErrors(await request(c.id, home.id, 'x'.repeat(1001)))).toEqual(['note:errors:fieldTooLong', 'toUnitId:membership:error.targetIsCurrent']);
    expect((await contactAs(c.id, head)).data!.contact!.membershipTransfers).toEqual([]);
  });

  it('is refused outside the write scope on the contact', async () => {
    const c = await newContact();
    expect(code(await request(c.id, target.id, undefined, receiver))).toBe('NOT_FOUND');
    expect(code(await request(c.id, target.id, undefined, member))).toBe('FORBIDDEN');
  });
});

describe('decideMembershipTransfer', () => {
  it('accepting moves the contact: counters, version, timeline, audit, and who sees it', async () => {
    const c = await newContact();
    const t = (await request(c.id, target.id)).data!.requestMembershipTransfer;
    const before = { home: await counter(home), target: await counter(target), r1: await counter(unit('tr.r1')), root: await counter(tree.units[0]) };
    const { version } = (await contactAs(c.id, head)).data!.contact!;

    const res = await decide(t.id, true, 'Ласкаво просимо');
    expect(res.errors).toBeUndefined();
    expect(res.data!.decideMembershipTransfer).toMatchObject({
      status: 'ACCEPTED', decidedByName: 'receiver@tr.org', decisionNote: 'Ласкаво просимо', viewerCanDecide: false, contact: { id: c.id, orgUnit: { id: target.id } },
    });
    expect(res.data!.decideMembershipTransfer.decidedAt).not.toBeNull();

    expect(await counter(home)).toEqual({ direct_contacts: before.home.direct_contacts - 1, subtree_contacts: before.home.subtree_contacts - 1 });
    expect(await counter(target)).toEqual({ direct_contacts: before.target.direct_contacts + 1, subtree_contacts: before.target.subtree_contacts + 1 });
    expect((await counter(unit('tr.r1'))).subtree_contacts).toBe(before.r1.subtree_contacts - 1);
    expect(await counter(tree.units[0])).toEqual(before.root);
    const [row] = await sql<{ org_path: string }>('select org_path::text as org_path from contact where id = ?', [c.id]);
    expect(row.org_path).toBe(target.path);

    expect((await contactAs(c.id, head)).data!.contact).toBeNull();
    const moved = (await contactAs(c.id, receiver)).data!.contact!;
    expect(moved).toMatchObject({ version: version + 1, orgUnit: { id: target.id }, pendingTransfer: null, membershipTransfers: [{ id: t.id, status: 'ACCEPTED' }] });
    const [event] = await sql<{ payload: Record<string, string> }>(`select payload from contact_activity where contact_id = ? and kind = 'transferred'`, [c.id]);
    expect(event.payload).toMatchObject({ fromUnitName: home.nameUk, toUnitName: target.nameUk });
    const ops = await sql<{ operation: string }>(`select operation from audit_log where record_id in (?, ?) order by id`, [t.id, c.id]);
    expect(ops.map((o) => o.operation)).toEqual(['membership.transfer.request', 'contact.transfer', 'membership.transfer.accept']);
  });

  it('declining leaves the contact where it is', async () => {
    const c = await newContact();
    const t = (await request(c.id, target.id)).data!.requestMembershipTransfer;
    const res = await decide(t.id, false, 'Немає місця');
    expect(res.data!.decideMembershipTransfer).toMatchObject({ status: 'DECLINED', decisionNote: 'Немає місця', contact: null });
    expect((await contactAs(c.id, head)).data!.contact).toMatchObject({ orgUnit: { id: home.id }, pendingTransfer: null, membershipTransfers: [{ id: t.id, status: 'DECLINED' }] });
    expect(code(await decide(t.id, true))).toBe('CONFLICT');
    expect(code(await request(c.id, target.id))).toBe('OK');
  });

  it('is only for those who write contacts at the receiving unit', async () => {
    const c = await newContact();
    const t = (await request(c.id, target.id)).data!.requestMembershipTransfer;
    expect(code(await decide(t.id, true, undefined, head))).toBe('NOT_FOUND');
    expect(code(await decide(t.id, true, undefined, member))).toBe('FORBIDDEN');
    expect(code(await decide(randomUUID(), true, undefined, receiver))).toBe('NOT_FOUND');
    expect(code(await decide(t.id, true, 'x'.repeat(1001), receiver))).toBe('BAD_USER_INPUT');
    const byRegion = await decide(t.id, true, undefined, regional);
    expect(byRegion.data!.decideMembershipTransfer.status).toBe('ACCEPTED');
  });

  it('refuses to accept when the contact has moved since the request', async () => {
    const c = await newContact();
    const t = (await request(c.id, target.id)).data!.requestMembershipTransfer;
    await sql('update contact set org_unit_id = ? where id = ?', [unit('tr.r1.d1.b2').id, c.id]);
    const res = await decide(t.id, true, undefined, admin);
    expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', i18nKey: 'membership:error.transferOutdated' });
    const [row] = await sql<{ status: string }>('select status from membership_transfer where id = ?', [t.id]);
    expect(row.status).toBe('pending');
  });
});

describe('cancelMembershipTransfer', () => {
  it('lets the sending side withdraw a pending request, once', async () => {
    const c = await newContact();
    const t = (await request(c.id, target.id)).data!.requestMembershipTransfer;
    expect(code(await server.gql(CANCEL, { id: t.id }, { token: receiver }))).toBe('NOT_FOUND');
    const res = await server.gql<{ cancelMembershipTransfer: Transfer }>(CANCEL, { id: t.id }, { token: head });
    expect(res.data!.cancelMembershipTransfer).toMatchObject({ status: 'CANCELLED', decidedByName: 'head@tr.org', viewerCanCancel: false });
    expect(code(await server.gql(CANCEL, { id: t.id }, { token: head }))).toBe('CONFLICT');
    expect(code(await decide(t.id, true))).toBe('CONFLICT');
    expect(await sql(`select 1 from audit_log where record_id = ? and operation = 'membership.transfer.cancel'`, [t.id])).toHaveLength(1);
  });
});

describe('incomingMembershipTransfers', () => {
  it('pages through the receiving side’s requests, newest first, by status', async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i++) created.push((await request((await newContact()).id, unit('tr.r2.d1.b2').id, `№${i}`)).data!.requestMembershipTransfer.id);
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GqlResponse<{ incomingMembershipTransfers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } }> =
        await server.gql(INCOMING, { first: 2, after }, { token: regional });
      const page = res.data!.incomingMembershipTransfers;
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const [{ n }] = await sql<{ n: number }>(`select count(*)::int as n from membership_transfer t join org_unit u on u.id = t.to_unit_id where u.path <@ 'tr.r2' and t.status = 'pending'`);
    expect(ids).toHaveLength(n);
    expect(new Set(ids).size).toBe(n);
    expect(ids.slice(0, 5)).toEqual([...created].reverse());
    const all = await server.gql<{ incomingMembershipTransfers: { totalCount: number } }>(INCOMING, { status: null, first: 100 }, { token: regional });
    expect(all.data!.incomingMembershipTransfers.totalCount).toBeGreaterThan(n);
    expect(code(await server.gql(INCOMING, { after: 'bm9wZQ' }, { token: regional }))).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(INCOMING, {}, { token: member }))).toBe('FORBIDDEN');
  });
});

describe('Me.canDecideMembershipTransfers', () => {
  it('is true for those who write contacts somewhere, false for members', async () => {
    const ask = async (token: string) => (await server.gql<{ me: { canDecideMembershipTransfers: boolean } }>('{ me { canDecideMembershipTransfers } }', {}, { token })).data!.me.canDecideMembershipTransfers;
    expect([await ask(head), await ask(receiver), await ask(regional), await ask(member)]).toEqual([true, true, true, false]);
  });
});

describe('transferTargets', () => {
  it('finds branches anywhere by name or region, ids and names only', async () => {
    const query = 'query($s: String!) { transferTargets(search: $s) { id nameUk nameEn regionNameUk } }';
    const res = await server.gql<{ transferTargets: { id: string; nameUk: string; regionNameUk: string }[] }>(query, { s: 'TR-2-2' }, { token: head });
    const branches = tree.units.filter((u) => u.kind === 'branch' && u.path.startsWith('tr.r2.d2.'));
    expect(res.data!.transferTargets.map((t) => t.id).sort()).toEqual(branches.map((b) => b.id).sort());
    expect(res.data!.transferTargets[0].regionNameUk).toBe(unit('tr.r2').nameUk);
    const byRegion = await server.gql<{ transferTargets: { id: string }[] }>(query, { s: unit('tr.r1').nameEn }, { token: head });
    expect(byRegion.data!.transferTargets).toHaveLength(4);
    expect((await server.gql<{ transferTargets: unknown[] }>(query, { s: 'T' }, { token: head })).data!.transferTargets).toEqual([]);
    expect((await server.gql<{ transferTargets: unknown[] }>(query, { s: '100%' }, { token: head })).data!.transferTargets).toEqual([]);
    expect(code(await server.gql(query, { s: 'TR' }, { token: member }))).toBe('FORBIDDEN');
  });
});
