/**
 * Duplicate pairs and merges join the scope matrix: the matrix's viewers (role × reach ×
 * position, and the combined ones), pairs and merges planted across the tree, and the
 * independent oracle. A pair is seen whole (both contacts readable) or not at all, and acted
 * on only with both writable; a merge is seen only with both its records' places in scope.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reach } from '@hromada/shared';
import { Cases } from '../../platform/auth/scope-matrix.cases';
import { TAG, VIEWER_SPECS } from '../../platform/auth/scope-matrix.viewers';
import { ScopeOracle, type OracleViewer } from '../../platform/auth/scope-oracle';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { chunks, createProbes, type Probes } from '../../test-support/graphql-probes';
import { insertPeople, person } from '../../test-support/people-fixture';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type FixtureContact, type FixtureUnit, type Tree } from '../../test-support/tree-fixture';

/** Roles that edit contacts where they are placed (members only read their own record). */
const CONTACT_WRITERS = new Set(['admin', 'manager', 'branch_head']);

/** Where the two contacts of each planted pair (and each merge: survivor, merged) sit. */
const PLACEMENTS: [string, string][] = [
  ['ua.r1.d1.b1', 'ua.r1.d1.b1'],
  ['ua.r1.d1.b1', 'ua.r1.d1.b2'],
  ['ua.r1.d1', 'ua.r1.d1.b3'],
  ['ua.r1.d1.b1', 'ua.r1.d2.b3'],
  ['ua.r2.d1.b2', 'ua.r3.d2.b1'],
  ['ua', 'ua.r2.d2.b3'],
  ['ua.r3', 'ua.r3.d1.b1'],
  ['ua.r2.d1', 'ua.r2.d1'],
];

interface Viewer extends OracleViewer {
  name: string;
  token: string;
}

interface PlantedPair {
  id: string;
  a: FixtureContact;
  b: FixtureContact;
}

interface PlantedMerge {
  id: string;
  survivorUnit: FixtureUnit;
  mergedUnit: FixtureUnit;
}

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let oracle: ScopeOracle;
let probes: Probes;
let adminToken: string;
const viewers: Viewer[] = [];
const pairs: PlantedPair[] = [];
const merges: PlantedMerge[] = [];

const unitAt = (path: string) => tree.units.find((u) => u.path === path)!;
const contactsAt = (path: string) => tree.contacts.filter((c) => c.path === path);

/** Contacts the viewer may edit: the oracle's visibility through writing roles only. */
function writable(viewer: Viewer): Set<string> {
  return oracle.visibleContacts({ assignments: viewer.assignments.filter((a) => CONTACT_WRITERS.has(a.role)), contactId: null });
}

/** Whether a writing or reading role of the viewer covers the unit (no 'self' for merge records). */
function coversUnit(viewer: Viewer, unitId: string, roles: Set<string>): boolean {
  return viewer.assignments.some((a) => roles.has(a.role) && oracle.covered(a).has(unitId));
}

beforeAll(async () => {
  db = await createFreshDatabase('dup_scope_matrix');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [3, 2, 3], 4, TAG);
  oracle = new ScopeOracle(tree.units, tree.contacts);
  for (const [i, [pa, pb]] of PLACEMENTS.entries()) {
    const [a, b] = pa === pb ? contactsAt(pa).slice(0, 2) : [contactsAt(pa)[1], contactsAt(pb)[2]];
    const id = randomUUID();
    await execute(em, `insert into duplicate_pair (id, contact_a, contact_b, rules, score, org_path)
      select ?, least(x.id, y.id), greatest(x.id, y.id), '{email}', ?, ltree_common_prefix(x.org_path, y.org_path) from contact x, contact y where x.id = ? and y.id = ?`, [id, 90 - i, a.id, b.id]);
    pairs.push({ id, a, b });
  }
  const admin = await createUserWithSession(em, { email: 'admin@dsm.test', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] });
  adminToken = admin.token;
  server = await startTestServer(db.orm);
  probes = createProbes(server);
  // Merges of extra people, so the tree's contacts (the oracle's) stay as they are.
  for (const [ps, pm] of PLACEMENTS) {
    const [s, m] = [person(unitAt(ps), 'Злитий Вижилий'), person(unitAt(pm), 'Zlytyi Vyzhylyi')];
    await insertPeople(em, [s, m]);
    const res = await probes.ok<{ mergeContacts: { id: string } }>(
      'mutation($s: ID!, $m: ID!) { mergeContacts(survivorId: $s, mergedId: $m, expectedVersions: { survivor: 1, merged: 1 }) { id } }',
      { s: s.id, m: m.id }, adminToken,
    );
    merges.push({ id: res.mergeContacts.id, survivorUnit: unitAt(ps), mergedUnit: unitAt(pm) });
  }
  let n = 0;
  for (const spec of VIEWER_SPECS) {
    n += 1;
    const assignments = spec.assignments.map((a) => ({ role: a.role, reach: a.reach as Reach, unitId: unitAt(a.at).id }));
    const own = spec.own === null ? null : contactsAt(typeof spec.own === 'object' ? spec.own.at : spec.assignments[0].at)[3]?.id ?? null;
    const { token } = await createUserWithSession(em, { email: `v${n}@dsm.test`, assignments, contactId: own });
    viewers.push({ name: spec.name, token, assignments, contactId: own });
  }
}, 180_000);

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

async function checkViewer(viewer: Viewer, cases: Cases): Promise<void> {
  const view = oracle.view(viewer);
  const canWrite = writable(viewer);
  const writer = viewer.assignments.some((a) => CONTACT_WRITERS.has(a.role));
  const seesPair = (p: PlantedPair) => view.contacts.has(p.a.id) && view.contacts.has(p.b.id);

  await cases.op('duplicatePair(id)', async () => {
    const got = await probes.probeById<{ id: string; viewerCanMerge: boolean }>(viewer.token, 'duplicatePair', '{ id viewerCanMerge }', [...pairs.map((p) => p.id), randomUUID()]);
    for (const p of pairs) {
      const expected = seesPair(p) ? { id: p.id, viewerCanMerge: canWrite.has(p.a.id) && canWrite.has(p.b.id) } : null;
      cases.eq('duplicatePair(id)', `${p.a.path} + ${p.b.path}`, got.get(p.id), expected);
    }
  });

  await cases.op('duplicatePairs(orgUnitId)', async () => {
    for (const part of chunks(tree.units, 20)) {
      const body = part.map((u, i) => `a${i}: duplicatePairs(orgUnitId: "${u.id}", first: 100) { totalCount edges { node { id } } }`).join('\n');
      const data = await probes.ok<Record<string, { totalCount: number; edges: { node: { id: string } }[] }>>(`{ ${body} }`, {}, viewer.token);
      part.forEach((u, i) => {
        const within = oracle.contactsWithin(view, u.id);
        const expected = pairs.filter((p) => within.has(p.a.id) && within.has(p.b.id)).map((p) => p.id);
        const page = data[`a${i}`];
        cases.eq('duplicatePairs(orgUnitId)', u.path, [page.edges.map((e) => e.node.id), page.totalCount], [expected, expected.length]);
      });
    }
  });

  await cases.op('dismissDuplicatePair refused', async () => {
    for (const p of pairs.filter((pair) => !(canWrite.has(pair.a.id) && canWrite.has(pair.b.id)))) {
      const res = await server.gql('mutation($id: ID!) { dismissDuplicatePair(id: $id) { id } }', { id: p.id }, { token: viewer.token });
      const code = !writer ? 'FORBIDDEN' : seesPair(p) ? 'FORBIDDEN' : 'NOT_FOUND';
      cases.eq('dismissDuplicatePair', `${p.a.path} + ${p.b.path}`, res.errors?.[0].extensions?.code, code);
    }
  });

  await cases.op('mergeContacts refused', async () => {
    for (const p of pairs.filter((pair) => !(canWrite.has(pair.a.id) && canWrite.has(pair.b.id)))) {
      const res = await server.gql(
        'mutation($s: ID!, $m: ID!) { mergeContacts(survivorId: $s, mergedId: $m, expectedVersions: { survivor: 1, merged: 1 }) { id } }',
        { s: p.a.id, m: p.b.id }, { token: viewer.token },
      );
      const code = !writer ? 'FORBIDDEN' : seesPair(p) ? 'FORBIDDEN' : 'NOT_FOUND';
      cases.eq('mergeContacts', `${p.a.path} + ${p.b.path}`, res.errors?.[0].extensions?.code, code);
    }
  });

  // Merge records name people outside the oracle's contacts: judged by the units of both records.
  const readers = new Set(['admin', 'manager', 'branch_head']);
  const seesMerge = (m: PlantedMerge) => coversUnit(viewer, m.mergedUnit.id, readers) && coversUnit(viewer, m.survivorUnit.id, readers);
  const undoes = (m: PlantedMerge) => coversUnit(viewer, m.mergedUnit.id, CONTACT_WRITERS) && coversUnit(viewer, m.survivorUnit.id, CONTACT_WRITERS);
  await cases.op('contactMerge(id) and contactMerges', async () => {
    const got = await probes.probeById<{ id: string; undoBlockedBy: string | null }>(viewer.token, 'contactMerge', '{ id undoBlockedBy }', merges.map((m) => m.id));
    const listed = await probes.ok<{ contactMerges: { edges: { node: { id: string } }[] } }>(`{ contactMerges(orgUnitId: "${tree.units[0].id}", first: 100) { edges { node { id } } } }`, {}, viewer.token);
    const ids = new Set(listed.contactMerges.edges.map((e) => e.node.id));
    for (const m of merges) {
      const visible = seesMerge(m);
      const undoable = visible && undoes(m);
      cases.eq('contactMerge(id)', m.mergedUnit.path, got.get(m.id), visible ? { id: m.id, undoBlockedBy: undoable ? null : 'NOT_ALLOWED' } : null);
      cases.eq('contactMerges', m.mergedUnit.path, ids.has(m.id), visible && view.units.has(tree.units[0].id));
    }
  });

  await cases.op('undoContactMerge refused', async () => {
    for (const m of merges.filter((merge) => !undoes(merge))) {
      const res = await server.gql('mutation($id: ID!) { undoContactMerge(mergeId: $id) { id } }', { id: m.id }, { token: viewer.token });
      cases.eq('undoContactMerge', m.mergedUnit.path, res.errors?.[0].extensions?.code, !writer || seesMerge(m) ? 'FORBIDDEN' : 'NOT_FOUND');
    }
  });
}

describe('scope matrix: duplicate pairs and merges', () => {
  it.each(VIEWER_SPECS.map((s) => [s.name]))('%s', async (name) => {
    const cases = new Cases(name);
    await checkViewer(viewers.find((v) => v.name === name)!, cases);
    cases.finish();
  });

  it('left every pair open and every merge in place', async () => {
    expect(await execute(db.orm.em.fork(), `select count(*)::int as n from duplicate_pair where status = 'open'`)).toEqual([{ n: pairs.length }]);
    expect(await execute(db.orm.em.fork(), 'select count(*)::int as n from contact_merge where undone_at is null')).toEqual([{ n: merges.length }]);
  });

  it('counted hundreds of cases', () => {
    console.log(`duplicates scope matrix: ${Cases.total} cases`);
    expect(Cases.total).toBeGreaterThan(1000);
  });
});
