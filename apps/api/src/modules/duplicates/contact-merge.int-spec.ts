/**
 * Merge moves every record of the merged contact, whatever table holds it, and undo puts
 * every one back exactly: compared as full snapshots of every referencing table.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { createForeignTables, snapshotTables, type Snapshot } from '../../test-support/merge-fixture';
import { insertPeople, person, type Person } from '../../test-support/people-fixture';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type FixtureUnit, type Tree } from '../../test-support/tree-fixture';
import { referencingColumns } from './contact-references';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let admin: string;
let d1: FixtureUnit;
let d2: FixtureUnit;
let survivor: Person;
let merged: Person;
let colleague: Person;
let cousin: Person;
let before: Snapshot;
let mergeId: string;

const MERGE = `mutation($s: ID!, $m: ID!, $v: MergeVersions!, $c: MergeFieldChoices) {
  mergeContacts(survivorId: $s, mergedId: $m, expectedVersions: $v, fieldChoices: $c) {
    id mergedName mergedContactId movedCount undoBlockedBy
    survivor { id displayName firstName lastName phones emails tags gender birthDate version }
  }
}`;
const UNDO = 'mutation($id: ID!) { undoContactMerge(mergeId: $id) { id undoneAt undoBlockedBy } }';

const sql = (query: string, params: unknown[] = []) => execute<Record<string, unknown>>(db.orm.em.fork(), query, params);
const one = async (query: string, params: unknown[] = []) => (await sql(query, params))[0];

beforeAll(async () => {
  db = await createFreshDatabase('contact_merge');
  const em = db.orm.em.fork();
  await createForeignTables(em);
  tree = await buildTree(em, [2, 2], 1, 'cm');
  [d1, d2] = tree.units.filter((u) => u.kind === 'district');
  survivor = person(d1, 'Шевченко Тарас', { phones: ['+380671234567'], emails: ['taras@ukr.net'], birthDate: '1990-03-09', gender: 'male' });
  merged = person(d1, 'Shevchenko Taras', { phones: ['+380501112233', '+380671234567'], emails: ['t.shevchenko@gmail.com'], birthDate: '1990-03-09' });
  colleague = person(d1, 'Франко Іван');
  cousin = person(d2, 'Українка Леся');
  await insertPeople(em, [survivor, merged, colleague, cousin]);
  await sql(`update contact set tags = '{волонтер}', notes = 'Прийшов на збори', dues_balance = 0 where id = ?`, [survivor.id]);
  await sql(`update contact set tags = '{донор,волонтер}', notes = 'Imported from the 2024 list', membership_type = 'member', membership_status = 'member',
             membership_since = '2020-01-15', card_number = 'UA-0042' where id = ?`, [merged.id]);
  admin = (await createUserWithSession(em, { email: 'admin@cm.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  // The merged person's own account follows them to the survivor.
  await createUserWithSession(em, { email: 'taras@cm.org', assignments: [{ role: 'member', reach: 'UNIT', unitId: d1.id }], contactId: merged.id });

  const rel = (a: Person, b: Person, kind: string) => sql('insert into contact_relationship (id, contact_id, related_contact_id, kind) values (?, ?, ?, ?)', [randomUUID(), a.id, b.id, kind]);
  await rel(merged, colleague, 'colleague'); // the survivor has it too: a collision
  await rel(survivor, colleague, 'colleague');
  await rel(colleague, merged, 'recruited');
  await rel(cousin, merged, 'relative');
  await rel(merged, survivor, 'spouse'); // between the two: would point at itself
  for (const [who, subject] of [[merged, 'Дзвінок'], [merged, 'Зустріч'], [merged, 'Лист'], [survivor, 'Нотатка']] as const) {
    await sql(`insert into contact_activity (id, contact_id, kind, subject, occurred_at) values (?, ?, 'note', ?, now() - interval '1 day')`, [randomUUID(), who.id, subject]);
  }
  for (const [from, to] of [[null, 'applicant'], ['applicant', 'member']]) {
    await sql(`insert into membership_status_change (id, contact_id, membership_type, from_status, to_status, changed_on) values (?, ?, 'member', ?, ?, '2020-01-15')`, [randomUUID(), merged.id, from, to]);
  }
  const [g1, g2] = [randomUUID(), randomUUID()];
  await sql(`insert into test_group (id, name) values (?, 'Волонтери'), (?, 'Донори')`, [g1, g2]);
  await sql(`insert into test_group_member (group_id, contact_id, joined_on) values (?, ?, '2021-01-01'), (?, ?, '2022-02-02'), (?, ?, '2023-03-03')`, [g1, merged.id, g2, merged.id, g1, survivor.id]);
  await sql(`insert into test_dues_payment (contact_id, period, amount) values (?, '2026-10', 15000), (?, '2026-11', 30000), (?, '2026-10', 20000)`, [merged.id, merged.id, survivor.id]);
  await sql(`insert into test_profile (contact_id, nickname) values (?, 'Тарасик')`, [merged.id]);
  const pair = (a: Person, b: Person) => sql(
    `insert into duplicate_pair (id, contact_a, contact_b, rules, score, org_path)
     select ?, least(a.id, b.id), greatest(a.id, b.id), '{phone}', 75, ltree_common_prefix(a.org_path, b.org_path) from contact a, contact b where a.id = ? and b.id = ?`,
    [randomUUID(), a.id, b.id],
  );
  await pair(survivor, merged);
  await pair(merged, colleague); // the survivor has the same pair: dropped
  await pair(survivor, colleague);
  await pair(merged, cousin); // re-pointed at the survivor
  server = await startTestServer(db.orm);
  before = await snapshotTables(db.orm.em.fork(), [{ contactId: survivor.id, columns: ['version', 'updated_at'] }]);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('mergeContacts', () => {
  it('finds the tables to move in the catalog, the test’s own among them', async () => {
    const found = (await referencingColumns(db.orm.em.fork())).map((r) => `${r.table}.${r.column}`);
    expect(found).toEqual(expect.arrayContaining([
      'app_user.contact_id', 'contact_activity.contact_id', 'contact_relationship.contact_id', 'contact_relationship.related_contact_id',
      'membership_status_change.contact_id', 'test_dues_payment.contact_id', 'test_group_member.contact_id', 'test_profile.contact_id',
    ]));
  });

  it('gives the survivor the chosen fields and every record of the merged contact', async () => {
    const res = await server.gql<{ mergeContacts: { id: string; movedCount: number; mergedName: string; undoBlockedBy: string | null; survivor: Record<string, unknown> } }>(MERGE, {
      s: survivor.id, m: merged.id, v: { survivor: 1, merged: 1 },
      c: { firstName: 'SURVIVOR', lastName: 'SURVIVOR', phones: ['+380671234567', '+380501112233'], emails: ['t.shevchenko@gmail.com', 'taras@ukr.net'], membership: 'MERGED', notes: 'BOTH' },
    }, { token: admin });
    expect(res.errors).toBeUndefined();
    const merge = res.data!.mergeContacts;
    mergeId = merge.id;
    expect(merge).toMatchObject({
      mergedName: 'Shevchenko Taras', undoBlockedBy: null,
      survivor: { id: survivor.id, displayName: 'Шевченко Тарас', phones: ['+380671234567', '+380501112233'], emails: ['t.shevchenko@gmail.com', 'taras@ukr.net'], tags: ['волонтер', 'донор'], gender: 'MALE', birthDate: '1990-03-09', version: 2 },
    });
    expect(await one('select count(*)::int as n from contact where id = ?', [merged.id])).toEqual({ n: 0 });
    expect(await one('select notes, card_number, membership_status, dues_balance::int as balance from contact where id = ?', [survivor.id])).toEqual({
      notes: 'Прийшов на збори\n\nImported from the 2024 list', card_number: 'UA-0042', membership_status: 'member', balance: 20000 + 30000,
    });
    // Nothing anywhere points at the merged contact any more.
    for (const ref of await referencingColumns(db.orm.em.fork())) {
      expect(await one(`select count(*)::int as n from ${ref.schema}.${ref.table} where ${ref.column} = ?`, [merged.id]), `${ref.table}.${ref.column}`).toEqual({ n: 0 });
    }
    expect(await sql(`select c.first_name as name, r.kind from contact_relationship r join contact c on c.id = r.related_contact_id where r.contact_id = ? order by 2`, [survivor.id]))
      .toEqual([{ name: 'Іван', kind: 'colleague' }]);
    expect((await sql(`select kind from contact_relationship where related_contact_id = ? order by kind`, [survivor.id])).map((r) => r.kind)).toEqual(['recruited', 'relative']);
    expect((await sql(`select subject from contact_activity where contact_id = ? and kind = 'note' order by subject`, [survivor.id])).map((r) => r.subject))
      .toEqual(['Дзвінок', 'Зустріч', 'Лист', 'Нотатка']);
    expect(await one(`select payload from contact_activity where contact_id = ? and kind = 'merged'`, [survivor.id])).toEqual({ payload: { mergedName: 'Shevchenko Taras', mergeId } });
    expect(await one('select count(*)::int as n from membership_status_change where contact_id = ?', [survivor.id])).toEqual({ n: 2 });
    expect(await one(`select contact_id from app_user where email = 'taras@cm.org'`)).toEqual({ contact_id: survivor.id });
    expect((await sql('select joined_on::text as d from test_group_member where contact_id = ? order by 1', [survivor.id])).map((r) => r.d)).toEqual(['2022-02-02', '2023-03-03']);
    expect(await one('select nickname from test_profile where contact_id = ?', [survivor.id])).toEqual({ nickname: 'Тарасик' });
    expect(await one('select count(*)::int as n from audit_log where operation = ? and record_id = ?', ['contact.merge', survivor.id])).toEqual({ n: 1 });
    // Moved: 3 notes, 2 status changes, 1 account, 1 group, 1 payment, 1 profile, 2 incoming links.
    expect(merge.movedCount).toBe(11);
  });

  it('keeps the pairs straight: the merged pair is merged, a repeated one dropped, the rest re-pointed', async () => {
    const rows = await sql(`select status, merge_id, (contact_a = ? or contact_b = ?) as survivor from duplicate_pair order by status, score`, [survivor.id, survivor.id]);
    expect(rows).toEqual([
      { status: 'merged', merge_id: mergeId, survivor: true },
      { status: 'open', merge_id: null, survivor: true },
      { status: 'open', merge_id: null, survivor: true },
    ]);
  });

  it('updates the unit counters', async () => {
    expect(await one('select direct_contacts from org_unit_counter where org_unit_id = ?', [d1.id])).toEqual({ direct_contacts: 1 + 3 - 1 });
  });

  it('is undone exactly: every table as it was before the merge', async () => {
    const res = await server.gql<{ undoContactMerge: { undoneAt: string | null; undoBlockedBy: string } }>(UNDO, { id: mergeId }, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(res.data!.undoContactMerge.undoneAt).not.toBeNull();
    expect(res.data!.undoContactMerge.undoBlockedBy).toBe('UNDONE');
    const after = await snapshotTables(db.orm.em.fork(), [{ contactId: survivor.id, columns: ['version', 'updated_at'] }]);
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(await one('select version from contact where id = ?', [survivor.id])).toEqual({ version: 3 });
    expect(await one(`select count(*)::int as n from contact_activity where kind = 'merge_undone'`)).toEqual({ n: 2 });
    expect(await one('select count(*)::int as n from audit_log where operation = ?', ['contact.merge.undo'])).toEqual({ n: 1 });
  });

  it('refuses a second undo', async () => {
    const res = await server.gql(UNDO, { id: mergeId }, { token: admin });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', i18nKey: 'duplicates:errors.alreadyUndone' });
  });
});
