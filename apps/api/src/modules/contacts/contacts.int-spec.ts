import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, insertContacts, type FixtureContact, type Tree } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let admin: string;
let branchHead: string;
let branchId: string;

interface Page {
  contacts: {
    totalCount: number;
    totalCountCapped: boolean;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; displayName: string; phone: string; email: string; orgUnit: { id: string }; region: { id: string } | null } }[];
  };
}

const LIST = `query List($first: Int, $after: String, $search: String, $orgUnitId: ID) {
  contacts(first: $first, after: $after, search: $search, orgUnitId: $orgUnitId) {
    totalCount totalCountCapped pageInfo { hasNextPage endCursor }
    edges { cursor node { id displayName phone email orgUnit { id } region { id } } }
  }
}`;

beforeAll(async () => {
  db = await createFreshDatabase('contacts');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2, 2], 3, 'ua');
  const branch = tree.units.find((u) => u.kind === 'district')!;
  branchId = branch.id;
  const extra: FixtureContact[] = [
    { id: randomUUID(), unitId: branch.id, path: branch.path, lastName: 'Шевченко', firstName: 'Тарас', phone: '+380671234567', email: 'taras.shevchenko@ukr.net' },
    { id: randomUUID(), unitId: branch.id, path: branch.path, lastName: 'Shevchenko', firstName: 'Andrew', phone: '+380501112233', email: 'andrew@example.com' },
  ];
  await insertContacts(em, extra);
  tree.contacts.push(...extra);
  admin = (await createUserWithSession(em, { email: 'admin@t.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  branchHead = (await createUserWithSession(em, { email: 'head@t.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: branch.id }] })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('contacts list', () => {
  it('pages through everything in scope by name, with the total', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let names: string[] = [];
    do {
      const res: { data: Page | null; errors?: unknown } = await server.gql<Page>(LIST, { first: 7, after }, { token: admin });
      expect(res.errors).toBeUndefined();
      expect(res.data!.contacts.totalCount).toBe(tree.contacts.length);
      seen.push(...res.data!.contacts.edges.map((e) => e.node.id));
      names = names.concat(res.data!.contacts.edges.map((e) => e.node.displayName));
      after = res.data!.contacts.pageInfo.hasNextPage ? res.data!.contacts.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(tree.contacts.length);
    const sorted = [...names].sort((a, b) => a.localeCompare(b, 'uk'));
    expect(names.map((n) => n.split(' ')[0])).toEqual(sorted.map((n) => n.split(' ')[0]));
  });

  it('limits a unit filter to that subtree and resolves branch and region', async () => {
    const res = await server.gql<Page>(LIST, { first: 100, orgUnitId: branchId }, { token: admin });
    const branch = tree.units.find((u) => u.id === branchId)!;
    const expected = tree.contacts.filter((c) => c.path === branch.path || c.path.startsWith(`${branch.path}.`));
    expect(res.data!.contacts.totalCount).toBe(expected.length);
    expect(res.data!.contacts.edges.map((e) => e.node.id).sort()).toEqual(expected.map((c) => c.id).sort());
    expect(res.data!.contacts.edges[0].node.region!.id).toBe(branch.parentId);
  });

  it.each([
    ['shevch', 'Latin fragment finds the Cyrillic name'],
    ['Шевч', 'Cyrillic fragment finds the Latin name'],
  ])('search %s: %s', async (search) => {
    const res = await server.gql<Page>(LIST, { first: 100, search, orgUnitId: branchId }, { token: admin });
    const names = res.data!.contacts.edges.map((e) => e.node.displayName);
    expect(names).toContain('Шевченко Тарас');
    expect(names).toContain('Shevchenko Andrew');
    expect(res.data!.contacts.totalCount).toBe(names.length);
  });

  it('searches by phone digits in national or international form, and by e-mail', async () => {
    for (const search of ['067 123 45', '+38067123', '1234567']) {
      const res = await server.gql<Page>(LIST, { search }, { token: admin });
      expect(res.data!.contacts.edges.map((e) => e.node.phone)).toContain('+380671234567');
    }
    const byEmail = await server.gql<Page>(LIST, { search: 'taras.shevchenko@' }, { token: admin });
    expect(byEmail.data!.contacts.edges.map((e) => e.node.email)).toEqual(['taras.shevchenko@ukr.net']);
  });

  it('gives a contact its stored times to the millisecond, in UTC', async () => {
    const id = tree.contacts[0].id;
    await execute(db.orm.em.fork(), `update contact set created_at = '2026-03-01 23:30:15.123456+02', updated_at = '2026-11-23 00:00:00.999+00' where id = ?`, [id]);
    const res = await server.gql<{ contact: { createdAt: string; updatedAt: string } }>(`query($id: ID!) { contact(id: $id) { createdAt updatedAt } }`, { id }, { token: admin });
    expect(res.data!.contact).toEqual({ createdAt: '2026-03-01T21:30:15.123Z', updatedAt: '2026-11-23T00:00:00.999Z' });
  });

  it('keeps a branch head to their own unit', async () => {
    const res = await server.gql<Page>(LIST, { first: 100 }, { token: branchHead });
    const expected = tree.contacts.filter((c) => c.unitId === branchId);
    expect(res.data!.contacts.totalCount).toBe(expected.length);
    expect(res.data!.contacts.edges.map((e) => e.node.id).sort()).toEqual(expected.map((c) => c.id).sort());
    const other = tree.contacts.find((c) => c.unitId !== branchId)!;
    const byId = await server.gql(`query($id: ID!) { contact(id: $id) { id } }`, { id: other.id }, { token: branchHead });
    expect(byId.errors).toBeUndefined();
    expect(byId.data).toEqual({ contact: null });
  });
});

describe('contacts bad input', () => {
  it('names the cap when first is too large', async () => {
    const res = await server.gql(LIST, { first: 101 }, { token: admin });
    expect(res.errors![0].extensions).toMatchObject({ i18nKey: 'errors:firstTooLarge', params: { max: 100 } });
    expect(res.errors![0].message).toContain('100');
  });

  it.each([[0], [-5]])('refuses first = %s', async (first) => {
    const res = await server.gql(LIST, { first }, { token: admin });
    expect(res.errors![0].extensions!.i18nKey).toBe('errors:firstInvalid');
  });

  it('refuses a search shorter than three characters and a forged cursor', async () => {
    const short = await server.gql(LIST, { search: 'Ш' }, { token: admin });
    expect(short.errors![0].extensions).toMatchObject({ i18nKey: 'errors:searchTooShort', params: { min: 3 } });
    const forged = await server.gql(LIST, { after: 'bm90LWEtY3Vyc29y' }, { token: admin });
    expect(forged.errors![0].extensions!.i18nKey).toBe('errors:cursorInvalid');
    // A list cursor in a search, a search cursor in the list, and a cursor whose id is not a uuid.
    const listCursor = (await server.gql<Page>(LIST, { first: 1 }, { token: admin })).data!.contacts.pageInfo.endCursor;
    const searchCursor = (await server.gql<Page>(LIST, { first: 1, search: 'shevch' }, { token: admin })).data!.contacts.pageInfo.endCursor;
    const notUuid = Buffer.from(JSON.stringify(['Шевченко Тарас', 'x'])).toString('base64url');
    for (const [search, after] of [['shevch', listCursor], [null, searchCursor], [null, notUuid]]) {
      const res = await server.gql(LIST, { search, after }, { token: admin });
      expect(res.errors![0].extensions!.i18nKey).toBe('errors:cursorInvalid');
    }
  });
});

describe('capped search count', () => {
  it('stops counting a broad search at 10,000 and says so', async () => {
    const em = db.orm.em.fork();
    const unit = tree.units[tree.units.length - 1];
    const many: FixtureContact[] = Array.from({ length: 10_050 }, (_, i) => ({
      id: randomUUID(), unitId: unit.id, path: unit.path, lastName: 'Бондаренко', firstName: `Особа${i}`,
      phone: `+38063${String(1_000_000 + i)}`, email: `bulk${i}@example.org`,
    }));
    await insertContacts(em, many);
    const res = await server.gql<Page>(LIST, { search: 'бондаренко', first: 5 }, { token: admin });
    expect(res.data!.contacts.totalCountCapped).toBe(true);
    expect(res.data!.contacts.totalCount).toBe(10_000);
    expect(res.data!.contacts.edges).toHaveLength(5);
    const narrow = await server.gql<Page>(LIST, { search: 'shevch' }, { token: admin });
    expect(narrow.data!.contacts.totalCountCapped).toBe(false);
  });
});
