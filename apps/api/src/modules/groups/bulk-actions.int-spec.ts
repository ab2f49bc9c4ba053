import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, insertContacts, type FixtureUnit, type Tree } from '../../test-support/tree-fixture';
import { BULK_SYNC_LIMIT } from './bulk-actions.service';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let national: string;
let branchHead: string;
let headWithOwnContact: string;
let ownContactId: string;

const TAG = `mutation($s: ContactSelectionInput!, $tag: String!, $remove: Boolean) {
  bulkTagContacts(selection: $s, tag: $tag, remove: $remove) { outcome { matched changed skipped notWritable } taskId } }`;
const ADD = `mutation($s: ContactSelectionInput!, $g: ID!) { bulkAddToGroup(selection: $s, groupId: $g) { outcome { matched changed skipped notWritable } taskId } }`;
const TASK = 'query($id: ID!) { backgroundTask(id: $id) { status done total result errorKey } }';

interface Payload {
  outcome: { matched: number; changed: number; skipped: number; notWritable: number } | null;
  taskId: string | null;
}

const unit = (path: string): FixtureUnit => tree.units.find((u) => u.path === path)!;
const under = (path: string) => tree.contacts.filter((c) => c.path === path || c.path.startsWith(`${path}.`));
const rows = <T>(sql: string, params: unknown[] = []) => execute<T>(db.orm.em.fork(), sql, params);
const tagged = async (tag: string) => (await rows<{ id: string }>('select id from contact where ? = any(tags) order by id', [tag])).map((r) => r.id);

async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await server.gql<T>(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

interface Task {
  status: string;
  done: number;
  total: number;
  result: Record<string, number> | null;
}

async function finished(id: string): Promise<Task | null> {
  for (let i = 0; i < 300; i += 1) {
    const task = (await ok<{ backgroundTask: Task | null }>(TASK, { id }, national)).backgroundTask;
    if (task && ['succeeded', 'failed'].includes(task.status)) return task;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}

const tag = async (selection: Record<string, unknown>, name: string, token: string, remove = false) =>
  (await ok<{ bulkTagContacts: Payload }>(TAG, { s: selection, tag: name, remove }, token)).bulkTagContacts;

beforeAll(async () => {
  db = await createFreshDatabase('bulk_actions');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2, 2], 3, 'ba');
  const as = async (email: string, assignments: { role: string; reach: 'UNIT' | 'SUBTREE'; unitId: string }[], contactId?: string) =>
    (await createUserWithSession(em, { email, assignments, contactId })).token;
  national = await as('national@ba.org', [{ role: 'admin', reach: 'SUBTREE', unitId: unit('ba').id }]);
  branchHead = await as('head@ba.org', [{ role: 'branch_head', reach: 'UNIT', unitId: unit('ba.r1.d1').id }]);
  // Heads ba.r1.d2 and is a member elsewhere: they read their own record there but may not edit it.
  ownContactId = under('ba.r2.d2')[0].id;
  headWithOwnContact = await as('head2@ba.org', [
    { role: 'branch_head', reach: 'UNIT', unitId: unit('ba.r1.d2').id },
    { role: 'member', reach: 'UNIT', unitId: unit('ba.r2.d2').id },
  ], ownContactId);
  server = await startTestServer(db.orm, { runJobs: true });
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('bulkTagContacts', () => {
  it('tags the contacts of a list in scope, bumps their versions and writes one audit row', async () => {
    const mine = under('ba.r1.d1').map((c) => c.id).sort();
    const before = await rows<{ version: number }>('select version from contact where id = ?', [mine[0]]);
    const payload = await tag({ list: { orgUnitId: unit('ba.r1.d1').id } }, 'звʼязковий', branchHead);
    expect(payload).toEqual({ outcome: { matched: 3, changed: 3, skipped: 0, notWritable: 0 }, taskId: null });
    expect(await tagged('звʼязковий')).toEqual(mine);
    expect((await rows<{ version: number }>('select version from contact where id = ?', [mine[0]]))[0].version).toBe(before[0].version + 1);
    const [entry] = await rows<{ after: Record<string, unknown> }>(`select after from audit_log where operation = 'contact.bulkTag' order by id desc limit 1`);
    expect(entry.after).toMatchObject({ tag: 'звʼязковий', matched: 3, changed: 3, selection: { kind: 'list', orgUnitId: unit('ba.r1.d1').id } });
  });

  it('selects the whole list, search included, and never reaches past the scope', async () => {
    // Every fixture contact has "+38067" in its phone: the search matches them all.
    const payload = await tag({ list: { search: '+38067' } }, 'пошук', branchHead);
    expect(payload.outcome).toMatchObject({ matched: 3, changed: 3 });
    expect(await tagged('пошук')).toEqual(under('ba.r1.d1').map((c) => c.id).sort());
  });

  it('skips what is already so, and removes a tag just as it adds one', async () => {
    expect((await tag({ list: { orgUnitId: unit('ba.r1.d1').id } }, 'звʼязковий', branchHead)).outcome).toEqual({ matched: 3, changed: 0, skipped: 3, notWritable: 0 });
    expect((await tag({ list: {} }, 'звʼязковий', branchHead, true)).outcome).toMatchObject({ matched: 3, changed: 3 });
    expect(await tagged('звʼязковий')).toEqual([]);
    expect(await rows(`select 1 from audit_log where operation = 'contact.bulkUntag'`)).toHaveLength(1);
  });

  it('changes only what the viewer may edit: a readable own record is reported, outsiders are not even matched', async () => {
    const ids = [...under('ba.r1.d2').map((c) => c.id), ownContactId, under('ba.r2.d1')[0].id, randomUUID()];
    const payload = await tag({ contactIds: ids }, 'перевірено', headWithOwnContact);
    expect(payload.outcome).toEqual({ matched: 4, changed: 3, skipped: 1, notWritable: 1 });
    expect(await tagged('перевірено')).toEqual(under('ba.r1.d2').map((c) => c.id).sort());
  });

  it('tags a filter or a group selection', async () => {
    const byFilter = await tag({ filter: { unitIds: [unit('ba.r2').id] } }, 'схід', national);
    expect(byFilter.outcome).toMatchObject({ matched: under('ba.r2').length, changed: under('ba.r2').length });
    const group = await ok<{ createContactGroup: { id: string } }>(
      'mutation($i: ContactGroupCreateInput!) { createContactGroup(input: $i) { id } }',
      { i: { name: 'Схід', kind: 'SMART', orgUnitId: unit('ba').id, filter: { tagsAny: ['схід'] } } },
      national,
    );
    const byGroup = await tag({ groupId: group.createContactGroup.id }, 'схід-2', branchHead);
    expect(byGroup.outcome).toEqual({ matched: 0, changed: 0, skipped: 0, notWritable: 0 });
    expect((await tag({ groupId: group.createContactGroup.id }, 'схід-2', national)).outcome!.changed).toBe(under('ba.r2').length);
  });

  it('reports a bad tag or selection by field and changes nothing', async () => {
    const empty = await server.gql(TAG, { s: { list: {} }, tag: '  ', remove: false }, { token: national });
    expect(empty.errors![0].extensions!.fieldErrors).toEqual([{ field: 'tag', i18nKey: 'errors:fieldRequired', params: {} }]);
    const two = await server.gql(TAG, { s: { list: {}, groupId: randomUUID() }, tag: 'x' }, { token: national });
    expect(two.errors![0].extensions!.i18nKey).toBe('errors:selectionInvalid');
    const none = await server.gql(TAG, { s: {}, tag: 'x' }, { token: national });
    expect(none.errors![0].extensions!.i18nKey).toBe('errors:selectionInvalid');
    const hidden = await server.gql(TAG, { s: { groupId: randomUUID() }, tag: 'x' }, { token: national });
    expect(hidden.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await tagged('x')).toEqual([]);
  });

  it('rolls back every change when one row fails', async () => {
    const em = db.orm.em.fork();
    const victim = under('ba.r1.d1')[1].id;
    await execute(em, `create function refuse_marker() returns trigger language plpgsql as $$
      begin if 'збій' = any(new.tags) and new.id = '${victim}' then raise exception 'refused'; end if; return new; end $$`);
    await execute(em, 'create trigger refuse_marker before update on contact for each row execute function refuse_marker()');
    try {
      const res = await server.gql(TAG, { s: { list: {} }, tag: 'збій' }, { token: national });
      expect(res.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await tagged('збій')).toEqual([]);
      expect(await rows(`select 1 from audit_log where after->>'tag' = 'збій'`)).toEqual([]);
    } finally {
      await execute(em, 'drop trigger refuse_marker on contact');
      await execute(em, 'drop function refuse_marker()');
    }
  });
});

describe('bulkAddToGroup', () => {
  it('adds contacts under the group unit that the viewer may edit; others are reported as not writable', async () => {
    const group = await ok<{ createContactGroup: { id: string } }>(
      'mutation($i: ContactGroupCreateInput!) { createContactGroup(input: $i) { id } }',
      { i: { name: 'Актив r1', kind: 'STATIC', orgUnitId: unit('ba.r1').id } },
      national,
    );
    const payload = (await ok<{ bulkAddToGroup: Payload }>(ADD, { s: { filter: { unitIds: [unit('ba.r1.d1').id, unit('ba.r2.d1').id] } }, g: group.createContactGroup.id }, national)).bulkAddToGroup;
    expect(payload.outcome).toEqual({ matched: 6, changed: 3, skipped: 3, notWritable: 3 });
    const members = await rows<{ contact_id: string }>('select contact_id from contact_group_member where group_id = ? order by contact_id', [group.createContactGroup.id]);
    expect(members.map((m) => m.contact_id)).toEqual(under('ba.r1.d1').map((c) => c.id).sort());
  });
});

describe('a large selection', () => {
  it('runs in the background with progress, all in one transaction, and reports like a small one', async () => {
    const big = unit('ba.r2.d2');
    const extra = Array.from({ length: BULK_SYNC_LIMIT + 1 }, (_, i) => ({
      id: randomUUID(), unitId: big.id, path: big.path, lastName: 'Масовий', firstName: `Контакт ${i}`, phone: '+380670000000', email: `m${i}@ba.org`,
    }));
    await insertContacts(db.orm.em.fork(), extra);
    const expected = under('ba.r2.d2').length + extra.length;
    const payload = await tag({ list: { orgUnitId: big.id } }, 'масово', national);
    expect(payload.outcome).toBeNull();
    expect(payload.taskId).not.toBeNull();
    const task = await finished(payload.taskId!);
    expect(task).toMatchObject({ status: 'succeeded', done: expected, total: expected, result: { matched: expected, changed: expected, skipped: 0, notWritable: 0 } });
    expect((await tagged('масово')).length).toBe(expected);
    const [entry] = await rows<{ after: Record<string, unknown> }>(`select after from audit_log where after->>'tag' = 'масово'`);
    expect(entry.after).toMatchObject({ changed: expected, taskId: payload.taskId });
  });
});
