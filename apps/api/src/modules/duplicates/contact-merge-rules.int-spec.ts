/**
 * What a merge and its undo refuse, and why: stale versions, bad choices, scope, edits and
 * row changes since the merge; balances kept by services; the recent merges list.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { insertPeople, person, type Person } from '../../test-support/people-fixture';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type FixtureUnit, type Tree } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let admin: string;
let head: string;
let member: string;
let d1: FixtureUnit;
let d2: FixtureUnit;

const MERGE = `mutation($s: ID!, $m: ID!, $v: MergeVersions!, $c: MergeFieldChoices) {
  mergeContacts(survivorId: $s, mergedId: $m, expectedVersions: $v, fieldChoices: $c) { id survivor { id version lastName } }
}`;
const UNDO = 'mutation($id: ID!) { undoContactMerge(mergeId: $id) { id undoneAt } }';
const UPDATE = `mutation($id: ID!, $v: Int!, $input: ContactInput!) { updateContact(id: $id, version: $v, input: $input, allowDuplicate: true) { contact { version } } }`;
const MERGES = `query($unit: ID!, $first: Int, $after: String) {
  contactMerges(orgUnitId: $unit, first: $first, after: $after) { edges { node { id mergedName undoBlockedBy survivor { id } } } pageInfo { hasNextPage endCursor } }
}`;

const one = async (query: string, params: unknown[] = []) => (await execute<Record<string, unknown>>(db.orm.em.fork(), query, params))[0];
const count = async (table: string) => (await one(`select count(*)::int as n from ${table}`)).n as number;

async function people(...list: Person[]): Promise<Person[]> {
  await insertPeople(db.orm.em.fork(), list);
  return list;
}

async function merge(s: Person, m: Person, token = admin, choices: Record<string, unknown> = {}, versions = { survivor: 1, merged: 1 }) {
  return server.gql<{ mergeContacts: { id: string; survivor: { id: string; version: number } } }>(MERGE, { s: s.id, m: m.id, v: versions, c: choices }, { token });
}

beforeAll(async () => {
  db = await createFreshDatabase('merge_rules');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2, 2], 0, 'mr');
  [d1, d2] = tree.units.filter((u) => u.kind === 'district');
  admin = (await createUserWithSession(em, { email: 'admin@mr.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  head = (await createUserWithSession(em, { email: 'head@mr.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: d1.id }] })).token;
  member = (await createUserWithSession(em, { email: 'member@mr.org', assignments: [{ role: 'member', reach: 'UNIT', unitId: d1.id }] })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('mergeContacts refuses, changing nothing', () => {
  it('a version that has moved on: CONFLICT', async () => {
    const [a, b] = await people(person(d1, 'Бойко Олег'), person(d1, 'Boiko Oleh'));
    const res = await merge(a, b, admin, {}, { survivor: 1, merged: 7 });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', i18nKey: 'errors:changedBySomeoneElse' });
    expect(await one('select count(*)::int as n from contact where id in (?, ?)', [a.id, b.id])).toEqual({ n: 2 });
    expect(await count('contact_merge')).toBe(0);
  });

  it('lists that add what neither record had, or invalid fields: field errors', async () => {
    const [a, b] = await people(person(d1, 'Бойко Ірина', { phones: ['+380671110000'] }), person(d1, 'Boiko Iryna', { emails: ['iryna@ukr.net'] }));
    const res = await merge(a, b, admin, { phones: ['+380671110000', '050 999 88 77'], emails: ['nope@'] });
    const ext = res.errors?.[0].extensions as { code: string; fieldErrors: { field: string; i18nKey: string }[] };
    expect(ext.code).toBe('BAD_USER_INPUT');
    expect(ext.fieldErrors.map((f) => `${f.field}:${f.i18nKey}`)).toEqual(['phones.1:duplicates:errors.notFromEitherRecord', 'emails.0:errors:emailInvalidValue']);
    expect(await one('select count(*)::int as n from contact where id in (?, ?)', [a.id, b.id])).toEqual({ n: 2 });
  });

  it('a contact merged into itself', async () => {
    const [a] = await people(person(d1, 'Самотній Іван'));
    expect((await merge(a, a)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', i18nKey: 'duplicates:errors.sameContact' });
  });

  it('contacts out of the viewer’s scope: not found; a member: forbidden', async () => {
    const [inside, outside] = await people(person(d1, 'Кравець Ігор'), person(d2, 'Kravets Ihor'));
    expect((await merge(inside, outside, head)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await merge(outside, inside, head)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await merge(inside, outside, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await one('select count(*)::int as n from contact where id in (?, ?)', [inside.id, outside.id])).toEqual({ n: 2 });
  });
});

describe('merge balances kept by a service', () => {
  it('carries the merged balance over, and back on undo, keeping payments made since', async () => {
    const [a, b] = await people(person(d1, 'Лисенко Марта'), person(d1, 'Lysenko Marta'));
    await execute(db.orm.em.fork(), 'update contact set dues_balance = case when id = ? then -5000 else 12000 end where id in (?, ?)', [a.id, a.id, b.id]);
    const merged = await merge(a, b);
    expect(await one('select dues_balance::int as b from contact where id = ?', [a.id])).toEqual({ b: 7000 });
    await execute(db.orm.em.fork(), 'update contact set dues_balance = dues_balance + 1000 where id = ?', [a.id]);
    expect((await server.gql(UNDO, { id: merged.data!.mergeContacts.id }, { token: admin })).errors).toBeUndefined();
    expect(await one('select dues_balance::int as b from contact where id = ?', [a.id])).toEqual({ b: -4000 });
    expect(await one('select dues_balance::int as b from contact where id = ?', [b.id])).toEqual({ b: 12000 });
  });
});

describe('undoContactMerge refuses, changing nothing', () => {
  it('when a field the merge set has been edited since', async () => {
    const [a, b] = await people(person(d1, 'Гончар Анна'), person(d1, 'Honchar Anna', { birthDate: '1991-01-01' }));
    const id = (await merge(a, b)).data!.mergeContacts.id;
    const edited = await server.gql(UPDATE, { id: a.id, v: 2, input: { lastName: 'Гончар', firstName: 'Анна', birthDate: '1991-02-02' } }, { token: admin });
    expect(edited.errors).toBeUndefined();
    const res = await server.gql(UNDO, { id }, { token: admin });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', i18nKey: 'duplicates:errors.undoSurvivorChanged' });
    expect(await one('select count(*)::int as n from contact where id = ?', [b.id])).toEqual({ n: 0 });
  });

  it('but not when the edit left the merge’s fields alone', async () => {
    const [a, b] = await people(person(d1, 'Гончар Ольга', { phones: ['+380671230000'] }), person(d1, 'Honchar Olha', { phones: ['+380671230001'] }));
    const id = (await merge(a, b)).data!.mergeContacts.id;
    const edited = await server.gql(UPDATE, { id: a.id, v: 2, input: { lastName: 'Гончар', firstName: 'Ольга', phones: ['+380671230000', '+380671230001'], emails: [...a.emails, ...b.emails], notes: 'Дзвонити ввечері' } }, { token: admin });
    expect(edited.errors).toBeUndefined();
    expect((await server.gql(UNDO, { id }, { token: admin })).errors).toBeUndefined();
    expect(await one('select notes, phones from contact where id = ?', [a.id])).toEqual({ notes: 'Дзвонити ввечері', phones: ['+380671230000'] });
  });

  it('when a moved row is gone', async () => {
    const [a, b] = await people(person(d1, 'Коваль Остап'), person(d1, 'Koval Ostap'));
    const note = randomUUID();
    await execute(db.orm.em.fork(), `insert into contact_activity (id, contact_id, kind, occurred_at) values (?, ?, 'call', now())`, [note, b.id]);
    const id = (await merge(a, b)).data!.mergeContacts.id;
    await execute(db.orm.em.fork(), 'delete from contact_activity where id = ?', [note]);
    const res = await server.gql(UNDO, { id }, { token: admin });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', i18nKey: 'duplicates:errors.undoRowsChanged' });
    expect(await one('select count(*)::int as n from contact where id = ?', [b.id])).toEqual({ n: 0 });
    expect(await one('select undone_at from contact_merge where id = ?', [id])).toEqual({ undone_at: null });
  });

  it('to a viewer who cannot edit both records', async () => {
    const [a, b] = await people(person(d1, 'Ярош Дмитро'), person(d2, 'Yarosh Dmytro'));
    const id = (await merge(a, b)).data!.mergeContacts.id;
    expect((await server.gql(UNDO, { id }, { token: head })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await server.gql(UNDO, { id }, { token: member })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(UNDO, { id: randomUUID() }, { token: admin })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('contactMerges', () => {
  it('lists merges newest first, pages on, and says what blocks each undo', async () => {
    const first = await server.gql<{ contactMerges: { edges: { node: { id: string; mergedName: string; undoBlockedBy: string | null } }[]; pageInfo: { endCursor: string } } }>(
      MERGES, { unit: tree.units[0].id, first: 3 }, { token: admin },
    );
    expect(first.errors).toBeUndefined();
    const names = first.data!.contactMerges.edges.map((e) => `${e.node.mergedName}: ${e.node.undoBlockedBy}`);
    expect(names).toEqual(['Yarosh Dmytro: null', 'Koval Ostap: null', 'Honchar Olha: UNDONE']);
    const next = await server.gql<{ contactMerges: { edges: { node: { mergedName: string; undoBlockedBy: string | null } }[] } }>(
      MERGES, { unit: tree.units[0].id, first: 3, after: first.data!.contactMerges.pageInfo.endCursor }, { token: admin },
    );
    expect(next.data!.contactMerges.edges.map((e) => `${e.node.mergedName}: ${e.node.undoBlockedBy}`)).toEqual(['Honchar Anna: SURVIVOR_CHANGED', 'Lysenko Marta: UNDONE']);
    // The branch head sees merges with both records in their unit only.
    const theirs = await server.gql<{ contactMerges: { edges: { node: { mergedName: string } }[] } }>(MERGES, { unit: d1.id, first: 10 }, { token: head });
    expect(theirs.data!.contactMerges.edges.map((e) => e.node.mergedName)).toEqual(['Koval Ostap', 'Honchar Olha', 'Honchar Anna', 'Lysenko Marta']);
  });
});
