import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { setContactAttributes } from '../../test-support/contact-attributes';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type FixtureUnit, type Tree } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let national: string;
let regional: string;
let branchHead: string;
let otherBranchHead: string;
let member: string;

const GROUP = 'id name kind version viewerCanWrite count orgUnit { id } filter { tagsAny unitIds }';
const CREATE = `mutation($input: ContactGroupCreateInput!) { createContactGroup(input: $input) { ${GROUP} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: ContactGroupUpdateInput!) { updateContactGroup(id: $id, version: $version, input: $input) { ${GROUP} } }`;
const ONE = `query($id: ID!, $first: Int, $after: String) { contactGroup(id: $id) { ${GROUP} contacts(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
const LIST = 'query($search: String, $first: Int, $after: String) { contactGroups(search: $search, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name count } } } }';

interface Group {
  id: string;
  name: string;
  kind: string;
  version: number;
  viewerCanWrite: boolean;
  count: number;
  orgUnit: { id: string };
  contacts?: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };
}

const unit = (path: string): FixtureUnit => tree.units.find((u) => u.path === path)!;
const contactsUnder = (path: string) => tree.contacts.filter((c) => c.path === path || c.path.startsWith(`${path}.`));
const auditCount = async (operation: string, recordId: string) =>
  Number((await execute<{ n: string }>(db.orm.em.fork(), 'select count(*) as n from audit_log where operation = ? and record_id = ?', [operation, recordId]))[0].n);

async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await server.gql<T>(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

async function create(input: Record<string, unknown>, token = national): Promise<Group> {
  return (await ok<{ createContactGroup: Group }>(CREATE, { input }, token)).createContactGroup;
}

async function read(id: string, token: string, first = 100): Promise<Group | null> {
  return (await ok<{ contactGroup: Group | null }>(ONE, { id, first }, token)).contactGroup;
}

beforeAll(async () => {
  db = await createFreshDatabase('contact_groups');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2, 2, 2], 2, 'cg');
  // Every first contact of a unit is a volunteer: 15 across the tree.
  for (const [i, c] of tree.contacts.entries()) if (i % 2 === 0) await setContactAttributes(em, c.id, { tags: ['волонтер'] });
  const as = async (email: string, role: string, reach: 'UNIT' | 'SUBTREE', path: string, contactId?: string) =>
    (await createUserWithSession(em, { email, assignments: [{ role, reach, unitId: unit(path).id }], contactId })).token;
  national = await as('national@cg.org', 'admin', 'SUBTREE', 'cg');
  regional = await as('regional@cg.org', 'manager', 'SUBTREE', 'cg.r1');
  branchHead = await as('head@cg.org', 'branch_head', 'UNIT', 'cg.r1.d1.b1');
  otherBranchHead = await as('head2@cg.org', 'branch_head', 'UNIT', 'cg.r2.d1.b1');
  member = await as('member@cg.org', 'member', 'UNIT', 'cg.r1.d1.b1', contactsUnder('cg.r1.d1.b1')[0].id);
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('a national smart group seen down the tree', () => {
  let group: Group;

  beforeAll(async () => {
    group = await create({ name: 'Волонтери', kind: 'SMART', orgUnitId: unit('cg').id, filter: { tagsAny: ['волонтер'] } });
  });

  it('is created with an audit row, and counts all its contacts for its owner', async () => {
    expect(group).toMatchObject({ kind: 'SMART', version: 1, viewerCanWrite: true, count: 15, orgUnit: { id: unit('cg').id } });
    expect(await auditCount('contactGroup.create', group.id)).toBe(1);
  });

  it('shows a regional manager and a branch head only their own part, read-only', async () => {
    const forRegion = await read(group.id, regional);
    const forBranch = await read(group.id, branchHead);
    expect(forRegion).toMatchObject({ count: 7, viewerCanWrite: false });
    expect(forRegion!.contacts!.totalCount).toBe(7);
    expect(forBranch).toMatchObject({ count: 1, viewerCanWrite: false });
    expect(forBranch!.contacts!.edges.map((e) => e.node.id)).toEqual([contactsUnder('cg.r1.d1.b1')[0].id]);
  });

  it('is not shown to members, and looks like a missing group to them', async () => {
    expect(await read(group.id, member)).toBeNull();
    expect((await ok<{ contactGroups: { totalCount: number } }>(LIST, {}, member)).contactGroups.totalCount).toBe(0);
  });

  it('refuses edits and deletion from those it is only shared with', async () => {
    const update = await server.gql(UPDATE, { id: group.id, version: 1, input: { name: 'X' } }, { token: branchHead });
    expect(update.errors![0].extensions!.code).toBe('FORBIDDEN');
    const del = await server.gql('mutation($id: ID!) { deleteContactGroup(id: $id) }', { id: group.id }, { token: regional });
    expect(del.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await read(group.id, national))!.name).toBe('Волонтери');
  });

  it('pages its contacts by name on the keyset', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data: { contactGroup: Group } = await ok<{ contactGroup: Group }>(ONE, { id: group.id, first: 4, after }, national);
      ids.push(...data.contactGroup.contacts!.edges.map((e) => e.node.id));
      if (!data.contactGroup.contacts!.pageInfo.hasNextPage) break;
      after = data.contactGroup.contacts!.pageInfo.endCursor;
    }
    expect(new Set(ids).size).toBe(15);
    const bad = await server.gql(ONE, { id: group.id, first: 4, after: 'forged' }, { token: national });
    expect(bad.errors![0].extensions!.i18nKey).toBe('errors:cursorInvalid');
  });
});

describe('a regional group', () => {
  it('is seen above and below its owner unit, never beside it', async () => {
    const group = await create({ name: 'Регіон 1', kind: 'SMART', orgUnitId: unit('cg.r1').id, filter: {} }, regional);
    expect(group.count).toBe(contactsUnder('cg.r1').length);
    expect(await read(group.id, national)).toMatchObject({ count: contactsUnder('cg.r1').length, viewerCanWrite: true });
    expect(await read(group.id, branchHead)).toMatchObject({ count: 2 });
    expect(await read(group.id, otherBranchHead)).toBeNull();
  });

  it('cannot be made at a unit outside the write scope, even one the viewer sees above them', async () => {
    const res = await server.gql(CREATE, { input: { name: 'X', kind: 'SMART', orgUnitId: unit('cg').id, filter: {} } }, { token: regional });
    expect(res.errors![0].extensions!.fieldErrors).toEqual([{ field: 'orgUnitId', i18nKey: 'errors:groupUnitNotWritable', params: {} }]);
  });
});

describe('group fields and versions', () => {
  it('reports the name and every bad criterion together, and saves nothing', async () => {
    const before = Number((await execute<{ n: string }>(db.orm.em.fork(), 'select count(*) as n from contact_group'))[0].n);
    const res = await server.gql(CREATE, { input: { name: '  ', kind: 'SMART', orgUnitId: unit('cg').id, filter: { ageMin: 200 } } }, { token: national });
    expect((res.errors![0].extensions!.fieldErrors as { field: string }[]).map((f) => f.field)).toEqual(['name', 'ageMin']);
    const staticWithFilter = await server.gql(CREATE, { input: { name: 'S', kind: 'STATIC', orgUnitId: unit('cg').id, filter: {} } }, { token: national });
    expect(staticWithFilter.errors![0].extensions!.fieldErrors).toEqual([{ field: 'filter', i18nKey: 'errors:groupNotSmart', params: {} }]);
    expect(Number((await execute<{ n: string }>(db.orm.em.fork(), 'select count(*) as n from contact_group'))[0].n)).toBe(before);
  });

  it('saves over the version read, refuses a stale one, and audits both the change and the deletion', async () => {
    const group = await create({ name: 'Старі', kind: 'SMART', orgUnitId: unit('cg').id, filter: { tagsAny: ['волонтер'] } });
    const saved = await ok<{ updateContactGroup: Group }>(UPDATE, { id: group.id, version: 1, input: { name: 'Нові', filter: { unitIds: [unit('cg.r2').id] } } }, national);
    expect(saved.updateContactGroup).toMatchObject({ name: 'Нові', version: 2, count: contactsUnder('cg.r2').length });
    const stale = await server.gql(UPDATE, { id: group.id, version: 1, input: { name: 'Інші' } }, { token: national });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', i18nKey: 'errors:changedBySomeoneElse' });
    expect(await auditCount('contactGroup.update', group.id)).toBe(1);

    const del = await ok<{ deleteContactGroup: string }>('mutation($id: ID!) { deleteContactGroup(id: $id) }', { id: group.id }, national);
    expect(del.deleteContactGroup).toBe(group.id);
    expect(await read(group.id, national)).toBeNull();
    expect(await auditCount('contactGroup.delete', group.id)).toBe(1);
  });

  it('lists groups by name, finds them by part of it, and pages', async () => {
    const all = await ok<{ contactGroups: { totalCount: number; edges: { node: { name: string } }[] } }>(LIST, { first: 100 }, national);
    const names = all.contactGroups.edges.map((e) => e.node.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'uk')));
    const found = await ok<{ contactGroups: { edges: { node: { name: string } }[] } }>(LIST, { search: 'онтер' }, national);
    expect(found.contactGroups.edges.map((e) => e.node.name)).toEqual(['Волонтери']);
    const first = await ok<{ contactGroups: { pageInfo: { hasNextPage: boolean; endCursor: string } } }>(LIST, { first: 1 }, national);
    expect(first.contactGroups.pageInfo.hasNextPage).toBe(true);
    const second = await ok<{ contactGroups: { edges: { node: { name: string } }[] } }>(LIST, { first: 1, after: first.contactGroups.pageInfo.endCursor }, national);
    expect(second.contactGroups.edges[0].node.name).toBe(names[1]);
  });
});

describe('a static group', () => {
  const ADD = 'mutation($g: ID!, $ids: [ID!]!) { addContactsToGroup(groupId: $g, contactIds: $ids) { outcome { matched changed skipped notWritable } taskId } }';
  const REMOVE = 'mutation($g: ID!, $ids: [ID!]!) { removeContactsFromGroup(groupId: $g, contactIds: $ids) { outcome { matched changed skipped notWritable } } }';

  it('takes contacts the viewer may edit, ignores others, and lets them go again', async () => {
    const group = await create({ name: 'Актив', kind: 'STATIC', orgUnitId: unit('cg.r1').id }, regional);
    const inRegion = contactsUnder('cg.r1.d1').map((c) => c.id);
    const outside = contactsUnder('cg.r2.d1.b1')[0].id;
    const added = await ok<{ addContactsToGroup: { outcome: Record<string, number>; taskId: string | null } }>(ADD, { g: group.id, ids: [...inRegion, outside, randomUUID()] }, regional);
    expect(added.addContactsToGroup).toEqual({ outcome: { matched: inRegion.length, changed: inRegion.length, skipped: 0, notWritable: 0 }, taskId: null });
    const again = await ok<{ addContactsToGroup: { outcome: Record<string, number> } }>(ADD, { g: group.id, ids: inRegion.slice(0, 2) }, regional);
    expect(again.addContactsToGroup.outcome).toEqual({ matched: 2, changed: 0, skipped: 2, notWritable: 0 });
    expect((await read(group.id, regional))!.count).toBe(inRegion.length);
    expect((await read(group.id, national))!.count).toBe(inRegion.length);
    expect((await read(group.id, branchHead))!.count).toBe(2);

    const removed = await ok<{ removeContactsFromGroup: { outcome: Record<string, number> } }>(REMOVE, { g: group.id, ids: inRegion.slice(0, 3) }, regional);
    expect(removed.removeContactsFromGroup.outcome.changed).toBe(3);
    expect((await read(group.id, regional))!.count).toBe(inRegion.length - 3);
    expect(await auditCount('contactGroup.addContacts', group.id)).toBe(2);
    expect(await auditCount('contactGroup.removeContacts', group.id)).toBe(1);
  });

  it('is refused to those it is only shared with, and smart groups take no contacts by hand', async () => {
    const group = await create({ name: 'Національний список', kind: 'STATIC', orgUnitId: unit('cg').id });
    const byBranch = await server.gql(ADD, { g: group.id, ids: [contactsUnder('cg.r1.d1.b1')[0].id] }, { token: branchHead });
    expect(byBranch.errors![0].extensions!.code).toBe('FORBIDDEN');
    const smart = await create({ name: 'Розумна', kind: 'SMART', orgUnitId: unit('cg').id, filter: {} });
    const toSmart = await server.gql(ADD, { g: smart.id, ids: [tree.contacts[0].id] }, { token: national });
    expect(toSmart.errors![0].extensions!.i18nKey).toBe('errors:groupNotStatic');
    const unknown = await server.gql(ADD, { g: randomUUID(), ids: [tree.contacts[0].id] }, { token: national });
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
