import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type Tree } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let adminToken: string;

beforeAll(async () => {
  db = await createFreshDatabase('org');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [30, 2], 2, 'ua');
  adminToken = (await createUserWithSession(em, { email: 'admin@test.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

const DRILL_DOWN = `query DrillDown($id: ID!) {
  orgUnit(id: $id) { id name kind contactCount childCount ancestors { id name }
    children { id name kind childCount contactCount } }
}`;

describe('org drill-down', () => {
  it('lists children with whole-subtree contact counts', async () => {
    const root = tree.units[0];
    const res = await server.gql<{ orgUnit: { children: { id: string; contactCount: number; childCount: number }[]; contactCount: number } }>(
      DRILL_DOWN, { id: root.id }, { token: adminToken },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.orgUnit.contactCount).toBe(tree.contacts.length);
    expect(res.data!.orgUnit.children).toHaveLength(30);
    for (const child of res.data!.orgUnit.children) {
      const unit = tree.units.find((u) => u.id === child.id)!;
      const expected = tree.contacts.filter((c) => c.path === unit.path || c.path.startsWith(`${unit.path}.`)).length;
      expect(child.contactCount).toBe(expected);
      expect(child.childCount).toBe(2);
    }
  });

  it('costs the same number of SQL statements for 30 children as for 2', async () => {
    const root = tree.units[0];
    const region = tree.units.find((u) => u.parentId === root.id)!;
    // Warm the viewer cache, so both requests count only the drill-down's own statements.
    await server.gql(DRILL_DOWN, { id: region.id }, { token: adminToken });
    db.queries.length = 0;
    await server.gql(DRILL_DOWN, { id: region.id }, { token: adminToken });
    const forTwo = db.queries.length;
    db.queries.length = 0;
    await server.gql(DRILL_DOWN, { id: root.id }, { token: adminToken });
    const forThirty = db.queries.length;
    expect(forThirty).toBe(forTwo);
    // unit, ancestors, children, then childCount and contactCount once for the unit and
    // once for all children together.
    expect(forThirty).toBeLessThanOrEqual(7);
  });

  it('answers an unknown or malformed id with null', async () => {
    const res = await server.gql(DRILL_DOWN, { id: '00000000-0000-0000-0000-000000000000' }, { token: adminToken });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ orgUnit: null });
    const bad = await server.gql(DRILL_DOWN, { id: 'nope' }, { token: adminToken });
    expect(bad.errors).toBeUndefined();
    expect(bad.data).toEqual({ orgUnit: null });
  });
});
