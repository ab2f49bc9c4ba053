import { randomUUID } from 'node:crypto';
import { calendarDateIn } from '@hromada/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../config';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type GqlResponse, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, insertContacts, type FixtureContact, type FixtureUnit } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let admin: string;
let head: string;
let otherHead: string;
let member: string;
let branch: FixtureUnit;
let seq = 0;

const TODAY = calendarDateIn(readConfig().timeZone);
const FIELDS = 'id version membershipType membershipStatus membershipSince cardNumber membershipHistory { fromStatus toStatus membershipType changedOn reason actorName }';
const CHANGE = `mutation($id: ID!, $version: Int!, $to: MembershipStatus!, $on: String!, $type: MembershipType, $reason: String) {
  changeMembershipStatus(contactId: $id, version: $version, toStatus: $to, changedOn: $on, membershipType: $type, reason: $reason) { ${FIELDS} }
}`;
const CARD = `mutation($id: ID!, $version: Int!, $card: String) { assignMembershipCard(contactId: $id, version: $version, cardNumber: $card) { ${FIELDS} } }`;

interface Membership {
  id: string;
  version: number;
  membershipType: string | null;
  membershipStatus: string | null;
  membershipSince: string | null;
  cardNumber: string | null;
  membershipHistory: { fromStatus: string | null; toStatus: string; membershipType: string; changedOn: string; reason: string | null; actorName: string | null }[];
}

const count = async (sql: string, params: unknown[] = []) => Number((await execute<{ n: string }>(db.orm.em.fork(), sql, params))[0].n);

async function newContact(unit: FixtureUnit = branch): Promise<FixtureContact> {
  seq += 1;
  const contact = { id: randomUUID(), unitId: unit.id, path: unit.path, lastName: 'Коваль', firstName: `Учасник${seq}`, phone: `+38050${String(2_000_000 + seq)}`, email: `m${seq}@ms.org` };
  await insertContacts(db.orm.em.fork(), [contact]);
  return contact;
}

async function change(id: string, version: number, to: string, extra: { on?: string; type?: string; reason?: string } = {}, token = head): Promise<GqlResponse<{ changeMembershipStatus: Membership }>> {
  return server.gql<{ changeMembershipStatus: Membership }>(CHANGE, { id, version, to, on: extra.on ?? TODAY, type: extra.type, reason: extra.reason }, { token });
}

const fieldErrors = (res: GqlResponse<unknown>) => (res.errors?.[0]?.extensions?.fieldErrors as { field: string; i18nKey: string }[] | undefined)?.map((f) => `${f.field}:${f.i18nKey}`);

async function read(id: string): Promise<Membership> {
  return (await server.gql<{ contact: Membership }>(`query($id: ID!) { contact(id: $id) { ${FIELDS} } }`, { id }, { token: admin })).data!.contact;
}

beforeAll(async () => {
  db = await createFreshDatabase('membership_status');
  const em = db.orm.em.fork();
  const tree = await buildTree(em, [2, 1, 2], 0, 'ms');
  branch = tree.units.find((u) => u.path === 'ms.r1.d1.b1')!;
  const other = tree.units.find((u) => u.path === 'ms.r2.d1.b1')!;
  admin = (await createUserWithSession(em, { email: 'admin@ms.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  head = (await createUserWithSession(em, { email: 'head@ms.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: branch.id }] })).token;
  otherHead = (await createUserWithSession(em, { email: 'other@ms.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: other.id }] })).token;
  const own = await newContact();
  member = (await createUserWithSession(em, { email: 'member@ms.org', assignments: [{ role: 'member', reach: 'UNIT', unitId: branch.id }], contactId: own.id })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('changeMembershipStatus', () => {
  it('makes a supporter a member with a card, a history step, a timeline entry and an audit row', async () => {
    const c = await newContact();
    const res = await change(c.id, 1, 'MEMBER', { on: '2026-01-15' });
    expect(res.errors).toBeUndefined();
    const saved = res.data!.changeMembershipStatus;
    expect(saved).toMatchObject({ version: 2, membershipStatus: 'MEMBER', membershipType: 'MEMBER', membershipSince: '2026-01-15' });
    expect(saved.cardNumber).toMatch(/^MS1-\d{6}$/);
    expect(saved.membershipHistory).toEqual([{ fromStatus: null, toStatus: 'MEMBER', membershipType: 'MEMBER', changedOn: '2026-01-15', reason: null, actorName: 'head@ms.org' }]);
    const [event] = await execute<{ payload: Record<string, unknown> }>(db.orm.em.fork(), `select payload from contact_activity where contact_id = ? and kind = 'status_changed'`, [c.id]);
    expect(event.payload).toMatchObject({ from: null, to: 'member', reason: null });
    expect(await count(`select count(*) as n from audit_log where record_id = ? and operation = 'membership.status.change'`, [c.id])).toBe(1);
  });

  it('follows the lifecycle step by step, newest step first in the history, keeping the card', async () => {
    const c = await newContact();
    let v = (await change(c.id, 1, 'APPLICANT', { on: '2025-03-01', type: 'CANDIDATE' })).data!.changeMembershipStatus;
    expect(v).toMatchObject({ membershipType: 'CANDIDATE', cardNumber: null });
    v = (await change(c.id, v.version, 'CANDIDATE', { on: '2025-04-01' })).data!.changeMembershipStatus;
    v = (await change(c.id, v.version, 'MEMBER', { on: '2025-10-01' })).data!.changeMembershipStatus;
    const card = v.cardNumber;
    v = (await change(c.id, v.version, 'SUSPENDED', { on: '2026-02-01', reason: 'Несплата внесків' })).data!.changeMembershipStatus;
    v = (await change(c.id, v.version, 'MEMBER', { on: '2026-03-01' })).data!.changeMembershipStatus;
    expect(v).toMatchObject({ membershipStatus: 'MEMBER', membershipType: 'MEMBER', membershipSince: '2026-03-01', cardNumber: card });
    expect(v.membershipHistory.map((h) => `${h.changedOn} ${h.fromStatus}→${h.toStatus} ${h.membershipType} ${h.reason ?? ''}`.trim())).toEqual([
      '2026-03-01 SUSPENDED→MEMBER MEMBER',
      '2026-02-01 MEMBER→SUSPENDED MEMBER Несплата внесків',
      '2025-10-01 CANDIDATE→MEMBER MEMBER',
      '2025-04-01 APPLICANT→CANDIDATE CANDIDATE',
      '2025-03-01 null→APPLICANT CANDIDATE',
    ]);
  });

  it('refuses a step the lifecycle does not allow, and changes nothing', async () => {
    const c = await newContact();
    const v = (await change(c.id, 1, 'MEMBER', { on: '2026-01-01' })).data!.changeMembershipStatus;
    const res = await change(c.id, v.version, 'APPLICANT');
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(fieldErrors(res)).toEqual(['toStatus:membership:error.transitionNotAllowed']);
    const expelled = await change(c.id, v.version, 'EXPELLED', { reason: 'Порушення статуту' });
    expect(expelled.errors).toBeUndefined();
    expect(fieldErrors(await change(c.id, v.version + 1, 'MEMBER'))).toEqual(['toStatus:membership:error.transitionNotAllowed']);
    expect(fieldErrors(await change(c.id, v.version + 1, 'APPLICANT'))).toEqual(['reason:membership:error.reasonRequired']);
    const after = await read(c.id);
    expect(after).toMatchObject({ version: v.version + 1, membershipStatus: 'EXPELLED' });
    expect(after.membershipHistory).toHaveLength(2);
    expect(await count(`select count(*) as n from contact_activity where contact_id = ?`, [c.id])).toBe(2);
  });

  it('needs a reason to suspend, to leave and to expel', async () => {
    const c = await newContact();
    const v = (await change(c.id, 1, 'MEMBER', { on: '2026-01-01' })).data!.changeMembershipStatus;
    for (const to of ['SUSPENDED', 'LEFT', 'EXPELLED']) expect(fieldErrors(await change(c.id, v.version, to, { reason: '  ' }))).toEqual(['reason:membership:error.reasonRequired']);
    const left = await change(c.id, v.version, 'LEFT', { reason: 'Переїзд за кордон' });
    expect(left.data!.changeMembershipStatus.membershipHistory[0]).toMatchObject({ toStatus: 'LEFT', reason: 'Переїзд за кордон' });
  });

  it('refuses a date in the future, before the last step, or not a date', async () => {
    const c = await newContact();
    const v = (await change(c.id, 1, 'APPLICANT', { on: '2026-02-10' })).data!.changeMembershipStatus;
    const future = new Date(Date.parse(`${TODAY}T12:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(fieldErrors(await change(c.id, v.version, 'MEMBER', { on: future }))).toEqual(['changedOn:membership:error.dateInFuture']);
    const early = await change(c.id, v.version, 'MEMBER', { on: '2026-02-09' });
    expect(early.errors![0].extensions!.fieldErrors).toEqual([{ field: 'changedOn', i18nKey: 'membership:error.dateBeforeLastChange', params: { date: '2026-02-10' } }]);
    expect(fieldErrors(await change(c.id, v.version, 'MEMBER', { on: '10.02.2026' }))).toEqual(['changedOn:errors:dateInvalid']);
    expect((await change(c.id, v.version, 'MEMBER', { on: '2026-02-10' })).errors).toBeUndefined();
  });

  it('changes the type within a status without restarting "member since"', async () => {
    const c = await newContact();
    const v = (await change(c.id, 1, 'MEMBER', { on: '2025-05-05' })).data!.changeMembershipStatus;
    const res = await change(c.id, v.version, 'MEMBER', { on: '2026-01-01', type: 'SUPPORTER' });
    expect(res.data!.changeMembershipStatus).toMatchObject({ membershipStatus: 'MEMBER', membershipType: 'SUPPORTER', membershipSince: '2025-05-05' });
    expect(fieldErrors(await change(c.id, v.version + 1, 'MEMBER', { type: 'SUPPORTER' }))).toEqual(['toStatus:membership:error.nothingChanges']);
    expect(fieldErrors(await change(c.id, v.version + 1, 'SUSPENDED', { type: 'MEMBER', reason: 'x' }))).toEqual(['membershipType:membership:error.typeNotAllowed']);
  });

  it('refuses a save over an old version, and lets one of two concurrent saves through', async () => {
    const c = await newContact();
    const v = (await change(c.id, 1, 'APPLICANT', { on: '2026-01-01' })).data!.changeMembershipStatus;
    const stale = await change(c.id, 1, 'CANDIDATE');
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', i18nKey: 'errors:changedBySomeoneElse' });
    const both = await Promise.all([change(c.id, v.version, 'CANDIDATE', {}, admin), change(c.id, v.version, 'MEMBER', {}, head)]);
    expect(both.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const after = await read(c.id);
    expect(after.version).toBe(v.version + 1);
    expect(after.membershipHistory).toHaveLength(2);
  });

  it('answers not found outside the scope and forbidden to a member on their own record', async () => {
    const c = await newContact();
    const missing = await change(randomUUID(), 1, 'MEMBER');
    const outside = await change(c.id, 1, 'MEMBER', {}, otherHead);
    expect([missing.errors![0].extensions!.code, outside.errors![0].extensions!.code]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(outside.errors![0].message).toBe(missing.errors![0].message);
    const [own] = await execute<{ contact_id: string }>(db.orm.em.fork(), `select contact_id from app_user where email = 'member@ms.org'`);
    expect((await change(own.contact_id, 1, 'MEMBER', {}, member)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await read(c.id)).membershipStatus).toBeNull();
  });
});

describe('assignMembershipCard', () => {
  const card = (id: string, version: number, cardNumber?: string | null, token = head) =>
    server.gql<{ assignMembershipCard: Membership }>(CARD, { id, version, card: cardNumber }, { token });

  it('takes a typed number, normalized, and refuses a malformed one', async () => {
    const c = await newContact();
    const v = (await change(c.id, 1, 'APPLICANT', { on: '2026-01-01' })).data!.changeMembershipStatus;
    expect(fieldErrors(await card(c.id, v.version, '№ 1'))).toEqual(['cardNumber:membership:error.cardNumberInvalid']);
    const res = await card(c.id, v.version, ' kv-000777 ');
    expect(res.data!.assignMembershipCard).toMatchObject({ cardNumber: 'KV-000777', version: v.version + 1 });
    expect(await count(`select count(*) as n from audit_log where record_id = ? and operation = 'membership.card.assign'`, [c.id])).toBe(1);
    expect(fieldErrors(await card(c.id, v.version + 1, 'KV-000777'))).toEqual(['cardNumber:membership:error.cardUnchanged']);
  });

  it('refuses a number someone else holds, without saying who, even outside the scope', async () => {
    const holder = await newContact(await otherBranch());
    await execute(db.orm.em.fork(), `update contact set membership_type = 'member', membership_status = 'member', card_number = 'LV-123456' where id = ?`, [holder.id]);
    const c = await newContact();
    const v = (await change(c.id, 1, 'APPLICANT', { on: '2026-01-01' })).data!.changeMembershipStatus;
    const res = await card(c.id, v.version, 'lv-123456');
    expect(fieldErrors(res)).toEqual(['cardNumber:membership:error.cardNumberTaken']);
    expect(JSON.stringify(res)).not.toContain(holder.id);
  });

  it('generates the next number when none is typed, and needs a membership', async () => {
    const c = await newContact();
    expect(fieldErrors(await card(c.id, 1, null))).toEqual(['cardNumber:membership:error.cardNeedsMembership']);
    const v = (await change(c.id, 1, 'CANDIDATE', { on: '2026-01-01' })).data!.changeMembershipStatus;
    const first = (await card(c.id, v.version, null)).data!.assignMembershipCard;
    const second = (await card(c.id, first.version, '')).data!.assignMembershipCard;
    expect(first.cardNumber).toMatch(/^MS1-\d{6}$/);
    expect(second.cardNumber).toMatch(/^MS1-\d{6}$/);
    expect(Number(second.cardNumber!.slice(4))).toBeGreaterThan(Number(first.cardNumber!.slice(4)));
  });

  it('skips a generated number somebody typed in before', async () => {
    const [{ next }] = await execute<{ next: string }>(db.orm.em.fork(), `select case when is_called then last_value + 1 else last_value end as next from membership_card_seq`);
    const typedAhead = `MS1-${String(Number(next)).padStart(6, '0')}`;
    const a = await newContact();
    const va = (await change(a.id, 1, 'CANDIDATE', { on: '2026-01-01' })).data!.changeMembershipStatus;
    expect((await card(a.id, va.version, typedAhead)).errors).toBeUndefined();
    const b = await newContact();
    const vb = (await change(b.id, 1, 'MEMBER', { on: '2026-01-01' })).data!.changeMembershipStatus;
    expect(vb.cardNumber).toMatch(/^MS1-\d{6}$/);
    expect(vb.cardNumber).not.toBe(typedAhead);
  });
});

describe('membership history loading', () => {
  it('costs the same statements for a page of 2 contacts as for a page of 20', async () => {
    const q = (first: number) => `{ contacts(first: ${first}) { edges { node { id membershipHistory { id actorName } pendingTransfer { id } membershipTransfers { id } } } } }`;
    db.queries.length = 0;
    await server.gql(q(2), {}, { token: admin });
    const forTwo = db.queries.length;
    db.queries.length = 0;
    const res = await server.gql<{ contacts: { edges: unknown[] } }>(q(20), {}, { token: admin });
    expect(res.data!.contacts.edges.length).toBeGreaterThan(10);
    expect(db.queries.length).toBe(forTwo);
  });
});

async function otherBranch(): Promise<FixtureUnit> {
  const [row] = await execute<FixtureUnit>(db.orm.em.fork(), `select id, path::text as path from org_unit where path = 'ms.r2.d1.b1'`);
  return row;
}
