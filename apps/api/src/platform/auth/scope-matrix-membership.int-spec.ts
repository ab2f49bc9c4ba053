/**
 * The scope matrix for membership: transfer requests (an org-owned type scoped by the
 * receiving unit), membership reached through a contact, and every membership mutation,
 * for the matrix's viewers on the matrix's tree, checked against the independent oracle.
 *
 * Mutations are probed so that nothing changes: a stale version, a transfer to the contact's
 * own unit, a decision on a decided request. Which error comes back says how far the request
 * got: past the scope check it is CONFLICT or BAD_USER_INPUT; otherwise NOT_FOUND (cannot see
 * it) or FORBIDDEN (may see it, may not change it, or may not write contacts at all).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reach } from '@hromada/shared';
import { execute } from '../db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type GqlResponse, type TestServer } from '../../test-support/test-server';
import { createProbes, type Probes } from '../../test-support/graphql-probes';
import { buildTree, createUserWithSession, type FixtureContact, type FixtureUnit, type Tree } from '../../test-support/tree-fixture';
import { Cases } from './scope-matrix.cases';
import { TAG, VIEWER_SPECS, type ViewerSpec } from './scope-matrix.viewers';
import { ScopeOracle, type OracleViewer } from './scope-oracle';

const SHAPE = [3, 2, 3];
const CONTACTS_PER_UNIT = 4;
const STATUSES = ['pending', 'accepted', 'declined', 'cancelled'] as const;
/** Roles that write contacts in the units their assignments cover: written out here, not read from policy.ts. */
const CONTACT_WRITERS = new Set(['admin', 'manager', 'branch_head']);

interface FixtureTransfer {
  id: string;
  contactId: string;
  toUnitId: string;
  status: (typeof STATUSES)[number];
}

interface MatrixViewer extends OracleViewer {
  name: string;
  token: string;
}

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let probes: Probes;
let oracle: ScopeOracle;
let transfers: FixtureTransfer[];
const viewers: MatrixViewer[] = [];

const unitAt = (path: string): FixtureUnit => tree.units.find((u) => u.path === path)!;
const contactsIn = (unitId: string): FixtureContact[] => tree.contacts.filter((c) => c.unitId === unitId);
const contactById = (id: string): FixtureContact => tree.contacts.find((c) => c.id === id)!;

/** As in the main matrix: the member's own contact in their unit, or apart from it. */
function ownContact(spec: ViewerSpec): string | null {
  if (spec.own === null) return null;
  if (typeof spec.own === 'object') return contactsIn(unitAt(spec.own.at).id)[1].id;
  const unit = unitAt(spec.assignments[0].at);
  if (spec.own === 'in-unit') return contactsIn(unit.id)[2].id;
  const apart = tree.units.filter((u) => !oracle.isAtOrUnder(u.id, unit.id) && !oracle.isAtOrUnder(unit.id, u.id));
  const at = apart.length > 0 ? apart[apart.length - 1] : tree.units[tree.units.length - 1];
  return contactsIn(at.id)[3].id;
}

/** Units where the viewer writes contacts, and whether they write contacts anywhere. */
function writeView(viewer: OracleViewer): { units: Set<string>; any: boolean } {
  const units = new Set<string>();
  const writers = viewer.assignments.filter((a) => CONTACT_WRITERS.has(a.role));
  for (const a of writers) for (const id of oracle.covered(a)) units.add(id);
  return { units, any: writers.length > 0 };
}

/** Every fourth contact has a request, to a branch elsewhere, in every status; some have an older decided one too. */
function makeTransfers(): FixtureTransfer[] {
  const branches = tree.units.filter((u) => u.kind === 'branch');
  const out: FixtureTransfer[] = [];
  tree.contacts.forEach((c, i) => {
    if (i % 4 !== 0) return;
    const k = i / 4;
    let to = branches[(k * 7) % branches.length];
    if (to.id === c.unitId) to = branches[(k * 7 + 1) % branches.length];
    out.push({ id: randomUUID(), contactId: c.id, toUnitId: to.id, status: STATUSES[k % STATUSES.length] });
    if (k % 3 === 0) out.push({ id: randomUUID(), contactId: c.id, toUnitId: branches[(k * 5 + 2) % branches.length].id, status: 'declined' });
  });
  return out.filter((t) => t.toUnitId !== contactById(t.contactId).unitId);
}

beforeAll(async () => {
  db = await createFreshDatabase('scope_matrix_membership');
  tree = await buildTree(db.orm.em.fork(), SHAPE, CONTACTS_PER_UNIT, TAG);
  oracle = new ScopeOracle(tree.units, tree.contacts);
  transfers = makeTransfers();
  const em = db.orm.em.fork();
  for (const [i, t] of transfers.entries()) {
    const c = contactById(t.contactId);
    await execute(
      em,
      `insert into membership_transfer (id, contact_id, from_unit_id, to_unit_id, to_path, status, requested_at, decided_at)
       values (?, ?, ?, ?, '', ?, now() - ? * interval '1 minute', case when ? = 'pending' then null else now() end)`,
      [t.id, t.contactId, c.unitId, t.toUnitId, t.status, i, t.status],
    );
  }
  let n = 0;
  for (const spec of VIEWER_SPECS) {
    n += 1;
    const assignments = spec.assignments.map((a) => ({ role: a.role, reach: a.reach as Reach, unitId: unitAt(a.at).id }));
    const contactId = ownContact(spec);
    const { token } = await createUserWithSession(db.orm.em.fork(), { email: `m${n}@membership-matrix.test`, assignments, contactId });
    viewers.push({ name: spec.name, token, assignments, contactId });
  }
  server = await startTestServer(db.orm);
  probes = createProbes(server);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

type Probe = { errors?: { extensions?: Record<string, unknown> }[] };
const outcome = (res: Probe): string => (res.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';

interface IncomingPage {
  incomingMembershipTransfers: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string; viewerCanDecide: boolean } }[] };
}

async function incomingIds(token: string): Promise<{ code: string; ids: string[]; canDecide: boolean[] }> {
  const ids: string[] = [];
  const canDecide: boolean[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 20; guard++) {
    const res: GqlResponse<IncomingPage> = await server.gql<IncomingPage>(
      'query($after: String) { incomingMembershipTransfers(status: null, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id viewerCanDecide } } } }',
      { after },
      { token },
    );
    if (res.errors) return { code: outcome(res), ids, canDecide };
    const page: IncomingPage['incomingMembershipTransfers'] = res.data!.incomingMembershipTransfers;
    ids.push(...page.edges.map((e) => e.node.id));
    canDecide.push(...page.edges.map((e) => e.node.viewerCanDecide));
    if (!page.pageInfo.hasNextPage) return { code: 'OK', ids, canDecide };
    after = page.pageInfo.endCursor;
  }
  throw new Error('incomingMembershipTransfers: too many pages');
}

const CHANGE = 'mutation($id: ID!) { changeMembershipStatus(contactId: $id, version: 0, toStatus: MEMBER, changedOn: "2026-01-01") { id } }';
const CARD = 'mutation($id: ID!) { assignMembershipCard(contactId: $id, version: 0) { id } }';
const REQUEST = 'mutation($id: ID!, $to: ID!) { requestMembershipTransfer(contactId: $id, toUnitId: $to) { id } }';
const DECIDE = 'mutation($id: ID!) { decideMembershipTransfer(id: $id, accept: true) { id } }';
const CANCEL = 'mutation($id: ID!) { cancelMembershipTransfer(id: $id) { id } }';

async function checkViewer(viewer: MatrixViewer, cases: Cases): Promise<void> {
  const view = oracle.view(viewer);
  const write = writeView(viewer);
  const { token } = viewer;
  /** What a mutation on a contact answers: past the scope check, `passed`. */
  const onContact = (c: FixtureContact, passed: string) =>
    !write.any ? 'FORBIDDEN' : write.units.has(c.unitId) ? passed : view.contacts.has(c.id) ? 'FORBIDDEN' : 'NOT_FOUND';

  await cases.op('incomingMembershipTransfers', async () => {
    const got = await incomingIds(token);
    const expected = transfers.filter((t) => write.units.has(t.toUnitId)).map((t) => t.id);
    cases.eq('incoming', 'outcome', got.code, write.any ? 'OK' : 'FORBIDDEN');
    cases.eq('incoming', 'ids', [...got.ids].sort(), write.any ? [...expected].sort() : []);
    const pending = new Set(transfers.filter((t) => t.status === 'pending').map((t) => t.id));
    cases.eq('incoming', 'viewerCanDecide', got.canDecide, got.ids.map((id) => pending.has(id)));
  });

  await cases.op('contact.membershipTransfers / pendingTransfer / membershipHistory', async () => {
    const got = await probes.probeById<{ membershipTransfers: { id: string }[]; pendingTransfer: { id: string } | null; membershipHistory: unknown[] }>(
      token, 'contact', '{ membershipTransfers { id } pendingTransfer { id } membershipHistory { id } }', tree.contacts.map((c) => c.id),
    );
    for (const c of tree.contacts) {
      const mine = transfers.filter((t) => t.contactId === c.id);
      const expected = view.contacts.has(c.id)
        ? { transfers: mine.map((t) => t.id).sort(), pending: mine.find((t) => t.status === 'pending')?.id ?? null, history: 0 }
        : null;
      const answer = got.get(c.id);
      const actual = answer ? { transfers: answer.membershipTransfers.map((t) => t.id).sort(), pending: answer.pendingTransfer?.id ?? null, history: answer.membershipHistory.length } : null;
      cases.eq('contact membership', `${c.path}/${c.id.slice(0, 8)}`, actual, expected);
    }
  });

  const probed = tree.units.map((u) => contactsIn(u.id)[0]);
  await cases.op('membership mutations on contacts', async () => {
    const results = await Promise.all(
      probed.map(async (c) => ({
        c,
        change: outcome(await server.gql(CHANGE, { id: c.id }, { token })),
        card: outcome(await server.gql(CARD, { id: c.id }, { token })),
        request: outcome(await server.gql(REQUEST, { id: c.id, to: c.unitId }, { token })),
      })),
    );
    for (const r of results) {
      cases.eq('changeMembershipStatus', r.c.path, r.change, onContact(r.c, 'CONFLICT'));
      cases.eq('assignMembershipCard', r.c.path, r.card, onContact(r.c, 'CONFLICT'));
      cases.eq('requestMembershipTransfer', r.c.path, r.request, onContact(r.c, 'BAD_USER_INPUT'));
    }
  });

  await cases.op('decide and cancel decided requests', async () => {
    const decided = transfers.filter((t) => t.status !== 'pending');
    const results = await Promise.all(
      decided.map(async (t) => ({
        t,
        decide: outcome(await server.gql(DECIDE, { id: t.id }, { token })),
        cancel: outcome(await server.gql(CANCEL, { id: t.id }, { token })),
      })),
    );
    for (const r of results) {
      const label = `${r.t.status} ${contactById(r.t.contactId).path} → ${tree.units.find((u) => u.id === r.t.toUnitId)!.path}`;
      cases.eq('decideMembershipTransfer', label, r.decide, !write.any ? 'FORBIDDEN' : write.units.has(r.t.toUnitId) ? 'CONFLICT' : 'NOT_FOUND');
      cases.eq('cancelMembershipTransfer', label, r.cancel, onContact(contactById(r.t.contactId), 'CONFLICT'));
    }
    const unknown = randomUUID();
    cases.eq('decideMembershipTransfer', 'unknown id', outcome(await server.gql(DECIDE, { id: unknown }, { token })), write.any ? 'NOT_FOUND' : 'FORBIDDEN');
    cases.eq('cancelMembershipTransfer', 'unknown id', outcome(await server.gql(CANCEL, { id: unknown }, { token })), write.any ? 'NOT_FOUND' : 'FORBIDDEN');
  });

  await cases.op('transferTargets', async () => {
    const res = await server.gql<{ transferTargets: { id: string }[] }>('{ transferTargets(search: "Осередок", first: 50) { id } }', {}, { token });
    cases.eq('transferTargets', 'outcome', outcome(res), write.any ? 'OK' : 'FORBIDDEN');
    if (!write.any) return;
    const branches = new Set(tree.units.filter((u) => u.kind === 'branch').map((u) => u.id));
    cases.eq('transferTargets', 'branches only, anywhere', res.data!.transferTargets.map((t) => t.id).sort(), [...branches].sort());
  });
}

describe('the membership fixture', () => {
  it('has requests in every status, to units at every level of scope', () => {
    expect(new Set(transfers.map((t) => t.status))).toEqual(new Set(STATUSES));
    expect(transfers.length).toBeGreaterThan(30);
    expect(new Set(transfers.map((t) => t.toUnitId)).size).toBeGreaterThan(10);
    expect(tree.contacts.filter((c) => transfers.filter((t) => t.contactId === c.id).length > 1).length).toBeGreaterThan(3);
  });
});

describe.concurrent('scope matrix: membership, signed-in viewers', () => {
  it.each(VIEWER_SPECS.map((s) => [s.name]))('%s', async (name) => {
    const viewer = viewers.find((v) => v.name === name)!;
    const cases = new Cases(`membership: ${name}`);
    await checkViewer(viewer, cases);
    cases.finish();
  });
});

describe('scope matrix: membership total', () => {
  it('counted thousands of cases', () => {
    console.log(`membership scope matrix: ${Cases.total} cases`);
    expect(Cases.total).toBeGreaterThan(5000);
  });
});
