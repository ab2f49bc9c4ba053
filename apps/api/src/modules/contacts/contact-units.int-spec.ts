import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type Tree } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let manager: string;
let member: string;

const UNITS = 'query($search: String, $first: Int) { contactWritableUnits(search: $search, first: $first) { id code } }';
const units = async (token: string, vars: Record<string, unknown> = {}) =>
  (await server.gql<{ contactWritableUnits: { id: string; code: string }[] }>(UNITS, vars, { token, headers: { 'accept-language': 'en' } })).data?.contactWritableUnits.map((u) => u.code);

beforeAll(async () => {
  db = await createFreshDatabase('contact_units');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2, 2], 0, 'cu');
  const region = tree.units.find((u) => u.path === 'cu.r2')!;
  manager = (await createUserWithSession(em, { email: 'manager@cu.org', assignments: [{ role: 'manager', reach: 'SUBTREE', unitId: region.id }] })).token;
  member = (await createUserWithSession(em, { email: 'member@cu.org', assignments: [{ role: 'member', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('contactWritableUnits', () => {
  it('lists the units under the write grant, top first, and finds them by name or code', async () => {
    expect(await units(manager)).toEqual(['CU-2', 'CU-2-1', 'CU-2-2']);
    expect(await units(manager, { search: 'unit cu-2-2' })).toEqual(['CU-2-2']);
    expect(await units(manager, { search: 'CU-2-1' })).toEqual(['CU-2-1']);
    expect(await units(manager, { search: 'CU-1' })).toEqual([]);
    expect(await units(manager, { search: '%' })).toEqual([]);
    expect(await units(manager, { first: 1 })).toEqual(['CU-2']);
  });

  it('is refused to roles that cannot add contacts', async () => {
    const res = await server.gql(UNITS, {}, { token: member });
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
