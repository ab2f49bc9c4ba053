import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, insertContacts, type FixtureContact, type Tree } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let admin: string;
let branchHead: string;

interface Found {
  search: { contacts: { items: { id: string; displayName: string }[]; totalCount: number; totalCountCapped: boolean; similar: boolean } };
}

const SEARCH = `query($text: String!, $first: Int) {
  search(text: $text, first: $first) { contacts { items { id displayName } totalCount totalCountCapped similar } }
}`;

beforeAll(async () => {
  db = await createFreshDatabase('search');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2], 0, 'sr');
  const [mine, theirs] = [tree.units[1], tree.units[2]];
  const person = (lastName: string, firstName: string, unit = mine, email = `${randomUUID().slice(0, 8)}@example.org`): FixtureContact => ({
    id: randomUUID(), unitId: unit.id, path: unit.path, lastName, firstName, phone: `+38050${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`, email,
  });
  await insertContacts(em, [
    person('Шевченко', 'Тарас'),
    person('Шевчук', 'Олена'),
    person('Андрієнко', 'Ірина', mine, 'i.shevchenko@example.org'),
    person('Шевченко', 'Чужа', theirs),
  ]);
  admin = (await createUserWithSession(em, { email: 'admin@s.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  branchHead = (await createUserWithSession(em, { email: 'head@s.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: mine.id }] })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

const names = (res: { data: Found | null }) => res.data!.search.contacts.items.map((c) => c.displayName);

describe('search', () => {
  it('finds contacts in scope only, names starting with the text first, as many as asked', async () => {
    const mine = await server.gql<Found>(SEARCH, { text: 'шевч' }, { token: branchHead });
    expect(names(mine)).toEqual(['Шевченко Тарас', 'Шевчук Олена', 'Андрієнко Ірина']);
    expect(mine.data!.search.contacts).toMatchObject({ totalCount: 3, totalCountCapped: false, similar: false });
    const all = await server.gql<Found>(SEARCH, { text: 'shevch', first: 2 }, { token: admin });
    expect(names(all)).toEqual(['Шевченко Тарас', 'Шевченко Чужа']);
    expect(all.data!.search.contacts.totalCount).toBe(4);
  });

  it('offers close spellings when nothing matches as typed, still only in scope', async () => {
    const typo = await server.gql<Found>(SEARCH, { text: 'Шевчнко' }, { token: branchHead });
    expect(typo.data!.search.contacts.similar).toBe(true);
    expect(typo.data!.search.contacts.totalCount).toBe(0);
    expect(names(typo)).toContain('Шевченко Тарас');
    expect(names(typo)).not.toContain('Шевченко Чужа');
    const nothing = await server.gql<Found>(SEARCH, { text: 'Zzyzx' }, { token: branchHead });
    expect(nothing.data!.search.contacts).toEqual({ items: [], totalCount: 0, totalCountCapped: false, similar: false });
  });

  it('refuses too short a text and an anonymous caller', async () => {
    const short = await server.gql(SEARCH, { text: 'ш' }, { token: admin });
    expect(short.errors![0].extensions).toMatchObject({ i18nKey: 'errors:searchTooShort' });
    const anonymous = await server.gql(SEARCH, { text: 'шевч' });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
