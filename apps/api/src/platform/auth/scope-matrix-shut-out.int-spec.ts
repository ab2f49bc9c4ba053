/**
 * The scope matrix's closed doors: anonymous requests, an unknown token and a user with no
 * assignments get an error on every scoped root field, no data, and no id or count leaks.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type GqlResponse, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type Tree } from '../../test-support/tree-fixture';
import { Cases } from './scope-matrix.cases';
import { ScopeOracle } from './scope-oracle';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;

beforeAll(async () => {
  db = await createFreshDatabase('shutout');
  tree = await buildTree(db.orm.em.fork(), [2, 2], 2, 'ua');
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

const SCOPED_FIELDS: [string, (ids: { contact: string; unit: string }) => string][] = [
  ['contacts', () => '{ contacts(first: 100) { totalCount edges { node { id } } } }'],
  ['contacts(orgUnitId)', ({ unit }) => `{ contacts(first: 100, orgUnitId: "${unit}") { totalCount edges { node { id } } } }`],
  ['contacts(search)', () => '{ contacts(first: 100, search: "shevch") { totalCount edges { node { id } } } }'],
  ['contact(id)', ({ contact }) => `{ contact(id: "${contact}") { id firstName } }`],
  ['orgUnit(id)', ({ unit }) => `{ orgUnit(id: "${unit}") { id contactCount children { id } } }`],
  ['rootOrgUnits', () => '{ rootOrgUnits { id contactCount } }'],
  ['myProfile', () => '{ myProfile { id timeline { totalCount } relationships { id } } }'],
  ['contactWritableUnits', () => '{ contactWritableUnits { id } }'],
  ['contactGroups', () => '{ contactGroups(first: 100) { totalCount edges { node { id count } } } }'],
  ['previewContactFilter', ({ unit }) => `{ previewContactFilter(filter: { unitIds: ["${unit}"] }) { count sample { id } } }`],
  ['incomingMembershipTransfers', () => '{ incomingMembershipTransfers(status: null) { totalCount edges { node { id contactId } } } }'],
  ['transferTargets', () => '{ transferTargets(search: "Осередок") { id } }'],
  ['changeMembershipStatus', ({ contact }) => `mutation { changeMembershipStatus(contactId: "${contact}", version: 1, toStatus: MEMBER, changedOn: "2026-01-01") { id } }`],
  ['requestMembershipTransfer', ({ contact, unit }) => `mutation { requestMembershipTransfer(contactId: "${contact}", toUnitId: "${unit}") { id } }`],
  ['duesSchedules', () => '{ duesSchedules { id amountKopiyky } }'],
  ['contact(id).dues', ({ contact }) => `{ contact(id: "${contact}") { id dues { balanceKopiyky } } }`],
  ['orgUnit(id).dues', ({ unit }) => `{ orgUnit(id: "${unit}") { id dues(from: "2026-01", to: "2026-12") { paidKopiyky } } }`],
];

/** No fixture id, name or count may appear anywhere in the answer. */
function leaks(res: GqlResponse<unknown>): string[] {
  const text = JSON.stringify({ data: res.data, errors: res.errors });
  const ids = [...tree.units.map((u) => u.id), ...tree.contacts.map((c) => c.id)].filter((id) => text.includes(id));
  return /"totalCount"|"contactCount"/.test(text) ? [...ids, 'a count'] : ids;
}

async function checkShutOut(cases: Cases, token: string | undefined, code: string): Promise<void> {
  const root = tree.units[0];
  for (const [field, query] of SCOPED_FIELDS) {
    for (const probe of [
      { contact: tree.contacts[0].id, unit: root.id },
      { contact: tree.contacts[tree.contacts.length - 1].id, unit: tree.units[tree.units.length - 1].id },
    ]) {
      const res = await server.gql(query(probe), {}, token ? { token } : {});
      const label = `unit ${probe.unit.slice(0, 8)} contact ${probe.contact.slice(0, 8)}`;
      cases.eq(field, `${label} error code`, res.errors?.map((e) => e.extensions?.code), [code]);
      cases.eq(field, `${label} no data`, Object.values(res.data ?? {}).every((v) => v === null), true);
      cases.eq(field, `${label} no leak`, leaks(res), []);
    }
  }
}

describe('scope matrix: no viewer, or a viewer with nothing', () => {
  it('anonymous: every scoped field is UNAUTHENTICATED, me is null', async () => {
    const cases = new Cases('anonymous');
    await checkShutOut(cases, undefined, 'UNAUTHENTICATED');
    const me = await server.gql('{ me { id roles { role } } }');
    cases.eq('me', 'anonymous', [me.errors, me.data], [undefined, { me: null }]);
    cases.finish();
  });

  it('an unknown bearer token is treated as anonymous', async () => {
    const cases = new Cases('unknown token');
    await checkShutOut(cases, 'not-a-session-token', 'UNAUTHENTICATED');
    cases.finish();
  });

  it('a user with no assignments is refused every scoped field and sees no contact, even their own', async () => {
    const contactId = tree.contacts[5].id;
    const viewer = { name: 'no assignments', assignments: [], contactId, ...(await createUserWithSession(db.orm.em.fork(), { email: 'nobody@matrix.test', assignments: [], contactId })) };
    const cases = new Cases(viewer.name);
    // The oracle agrees there is nothing to see.
    const view = new ScopeOracle(tree.units, tree.contacts).view(viewer);
    cases.eq('oracle', 'empty', [view.contacts.size, view.units.size, view.roots.size], [0, 0, 0]);
    await checkShutOut(cases, viewer.token, 'FORBIDDEN');
    const me = await server.gql<{ me: { roles: unknown[]; contact: unknown } }>('{ me { roles { role } contact { id } } }', {}, { token: viewer.token });
    cases.eq('me', 'roles and contact', [me.errors, me.data?.me], [undefined, { roles: [], contact: null }]);
    cases.finish();
  });
});
