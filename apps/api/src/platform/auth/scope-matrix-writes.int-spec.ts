/**
 * The scope matrix for writes and what hangs off a contact: the same viewers and tree as
 * scope-matrix.int-spec.ts, checked against the oracle for editing and adding contacts,
 * the units offered for a new contact, links between contacts (an invisible side is never
 * shown), the timeline (only through a visible contact) and "My profile" (own record only).
 *
 * Phase one only reads or makes probes that change nothing (a save over version -1 is
 * refused after the scope check, so its answer says which check stopped it); phase two
 * writes for real, one viewer at a time.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type GqlResponse, type TestServer } from '../../test-support/test-server';
import { chunks } from '../../test-support/graphql-probes';
import { buildTree, createUserWithSession, type Tree } from '../../test-support/tree-fixture';
import { Cases } from './scope-matrix.cases';
import { contactAt, ownContactId } from './scope-matrix.fixture';
import { TAG, VIEWER_SPECS } from './scope-matrix.viewers';
import { ScopeOracle, type OracleLink, type OracleViewer } from './scope-oracle';

const SHAPE = [3, 2, 3];
const CONTACTS_PER_UNIT = 4;
const STORED_KINDS = ['spouse', 'relative', 'parent_of', 'recruited', 'employer_of', 'colleague'];

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let oracle: ScopeOracle;
let links: OracleLink[];
/** Timeline entries per contact in the fixture. */
const activities = new Map<string, number>();
const viewers: (OracleViewer & { name: string; token: string })[] = [];

const label = (id: string) => {
  const c = tree.contacts.find((x) => x.id === id);
  return c ? `${c.path}/${id.slice(0, 8)}` : id.slice(0, 12);
};

interface Answer<T> {
  data: T | null;
  code: string | null;
  /** The i18n keys of its field errors. */
  keys: string[];
}

function answerOf<T>(res: GqlResponse<Record<string, T | null>>, alias: string): Answer<T> {
  const error = res.errors?.find((e) => e.path?.[0] === alias);
  const fieldErrors = (error?.extensions?.fieldErrors as { i18nKey: string }[] | undefined) ?? [];
  return { data: res.data?.[alias] ?? null, code: (error?.extensions?.code as string | undefined) ?? null, keys: fieldErrors.map((f) => f.i18nKey) };
}

/** A query field for every id, aliased in chunks; answers keyed by id. */
async function queryEach<T>(token: string, ids: readonly string[], field: (variable: string) => string): Promise<Map<string, Answer<T>>> {
  const out = new Map<string, Answer<T>>();
  for (const part of chunks(ids)) {
    const vars = part.map((_, i) => `$v${i}: ID!`).join(', ');
    const body = part.map((_, i) => `a${i}: ${field(`$v${i}`)}`).join('\n');
    const res = await server.gql<Record<string, T | null>>(`query(${vars}) {\n${body}\n}`, Object.fromEntries(part.map((id, i) => [`v${i}`, id])), { token });
    part.forEach((id, i) => out.set(id, answerOf(res, `a${i}`)));
  }
  return out;
}

/**
 * A mutation for every id, one request each: root mutations run one after another and a
 * failed non-null one stops the rest, so they cannot share a request. A few at a time.
 */
async function mutateEach<T>(token: string, ids: readonly string[], field: (variable: string) => string): Promise<Map<string, Answer<T>>> {
  const out = new Map<string, Answer<T>>();
  for (const part of chunks(ids, 6)) {
    await Promise.all(part.map(async (id) => {
      const res = await server.gql<Record<string, T | null>>(`mutation($v: ID!) { a: ${field('$v')} }`, { v: id }, { token });
      out.set(id, answerOf(res, 'a'));
    }));
  }
  return out;
}

const writes = (viewer: OracleViewer) => viewer.assignments.some((a) => a.role !== 'member');
/**
 * Contacts whose answers tell every place apart: one per unit (scope is per unit), the
 * viewer's own (never writable through 'self'), a missing id and a malformed one.
 */
const probeIds = (viewer: OracleViewer) => [
  ...new Set([...tree.units.map((u) => contactAt(tree, u.path, 0).id), ...(viewer.contactId ? [viewer.contactId] : [])]),
  randomUUID(),
  'nope',
];

beforeAll(async () => {
  db = await createFreshDatabase('scope_matrix_writes');
  const em = db.orm.em.fork();
  tree = await buildTree(em, SHAPE, CONTACTS_PER_UNIT, TAG);
  oracle = new ScopeOracle(tree.units, tree.contacts);
  // Links across the whole tree, so every viewer has links to both visible and hidden contacts.
  const n = tree.contacts.length;
  links = tree.contacts.map((c, i) => ({ contactId: c.id, relatedContactId: tree.contacts[(i * 7 + 5) % n].id, kind: STORED_KINDS[i % STORED_KINDS.length] }));
  for (const link of links) {
    await execute(em, 'insert into contact_relationship (id, contact_id, related_contact_id, kind) values (?, ?, ?, ?)', [randomUUID(), link.contactId, link.relatedContactId, link.kind]);
  }
  for (const [i, c] of tree.contacts.entries()) {
    activities.set(c.id, (i % 3) + 1);
    for (let k = 0; k <= i % 3; k++) await execute(em, `insert into contact_activity (id, contact_id, kind, subject) values (?, ?, 'note', 'n')`, [randomUUID(), c.id]);
  }
  for (const [index, spec] of VIEWER_SPECS.entries()) {
    const assignments = spec.assignments.map((a) => ({ role: a.role, reach: a.reach, unitId: tree.units.find((u) => u.path === a.at)!.id }));
    const contactId = ownContactId(spec, tree, oracle);
    const { token } = await createUserWithSession(em, { email: `writer${index}@matrix.test`, assignments, contactId });
    viewers.push({ name: spec.name, token, assignments, contactId });
  }
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

async function checkReads(viewer: (typeof viewers)[number], cases: Cases): Promise<void> {
  const view = oracle.view(viewer);
  const writable = oracle.writableContacts(viewer);
  const { token } = viewer;
  const input = '{ lastName: "Перевірка", firstName: "Матриця" }';

  await cases.op('contactWritableUnits', async () => {
    const res = await server.gql<{ contactWritableUnits: { id: string }[] }>('{ contactWritableUnits(first: 50) { id } }', {}, { token });
    const got = res.data ? new Set(res.data.contactWritableUnits.map((u) => u.id)) : res.errors?.[0]?.extensions?.code;
    cases.eq('contactWritableUnits', 'units', got, writes(viewer) ? oracle.writableUnits(viewer) : 'FORBIDDEN');
  });

  await cases.op('updateContact(version: -1)', async () => {
    const ids = probeIds(viewer);
    const got = await mutateEach(token, ids, (v) => `updateContact(id: ${v}, version: -1, input: ${input}) { contact { id } }`);
    for (const id of ids) {
      const expected = !writes(viewer) ? 'FORBIDDEN' : writable.has(id) ? 'CONFLICT' : view.contacts.has(id) ? 'FORBIDDEN' : 'NOT_FOUND';
      cases.eq('updateContact', label(id), got.get(id)!.code, expected);
    }
  });

  await cases.op('Contact.relationships', async () => {
    const got = await queryEach<{ relationships: { kind: string; contact: { id: string } }[] }>(token, tree.contacts.map((c) => c.id), (v) => `contact(id: ${v}) { relationships { kind contact { id } } }`);
    for (const c of tree.contacts) {
      const answer = got.get(c.id)!;
      const shown = answer.data ? answer.data.relationships.map((r) => `${r.kind.toLowerCase()} ${r.contact.id}`).sort() : null;
      cases.eq('Contact.relationships', label(c.id), shown, view.contacts.has(c.id) ? oracle.linksOf(view.contacts, c.id, links) : null);
    }
  });

  await cases.op('Contact.timeline', async () => {
    const got = await queryEach<{ timeline: { totalCount: number; edges: unknown[] } }>(token, tree.contacts.map((c) => c.id), (v) => `contact(id: ${v}) { timeline(first: 5) { totalCount edges { node { id } } } }`);
    for (const c of tree.contacts) {
      const t = got.get(c.id)!.data?.timeline ?? null;
      const n = activities.get(c.id)!;
      cases.eq('Contact.timeline', label(c.id), t && [t.totalCount, t.edges.length], view.contacts.has(c.id) ? [n, n] : null);
    }
  });

  await cases.op('myProfile and updateMyContactDetails(version: -1)', async () => {
    const own = oracle.ownRecord(viewer);
    const res = await server.gql<{ myProfile: { id: string } | null }>('{ myProfile { id } }', {}, { token });
    cases.eq('myProfile', 'id', res.data?.myProfile?.id ?? null, own);
    const save = await server.gql('mutation { updateMyContactDetails(version: -1, phones: [], emails: []) { id } }', {}, { token });
    cases.eq('updateMyContactDetails', 'stale save', save.errors?.[0]?.extensions?.code, own ? 'CONFLICT' : 'NOT_FOUND');
  });
}

async function checkWrites(viewer: (typeof viewers)[number], index: number, cases: Cases): Promise<void> {
  const view = oracle.view(viewer);
  const writable = oracle.writableContacts(viewer);
  const writableUnits = oracle.writableUnits(viewer);
  const { token } = viewer;
  const denied = (fallback: string) => (writes(viewer) ? fallback : 'FORBIDDEN');

  await cases.op('updateContact (saved)', async () => {
    const target = tree.contacts.find((c) => writable.has(c.id));
    if (!target) return;
    const read = await server.gql<{ contact: { version: number } }>('query($id: ID!) { contact(id: $id) { version } }', { id: target.id }, { token });
    const version = read.data!.contact.version;
    const input = { lastName: target.lastName, firstName: target.firstName, phones: [target.phone], emails: [target.email], addressStreet: `вул. ${index}` };
    const res = await server.gql<{ updateContact: { contact: { version: number } } }>(
      'mutation($id: ID!, $version: Int!, $input: ContactInput!) { updateContact(id: $id, version: $version, input: $input) { contact { version } } }',
      { id: target.id, version, input },
      { token },
    );
    cases.eq('updateContact (saved)', label(target.id), res.data?.updateContact.contact.version ?? res.errors?.[0]?.message, version + 1);
  });

  await cases.op('createContact', async () => {
    const ids = [...tree.units.map((u) => u.id), randomUUID(), 'nope'];
    const got = await mutateEach<{ contact: { orgUnit: { id: string } } | null }>(token, ids, (v) => `createContact(orgUnitId: ${v}, input: { lastName: "Новий", firstName: "Контакт" }) { contact { orgUnit { id } } }`);
    for (const id of ids) {
      const answer = got.get(id)!;
      const outcome = answer.data?.contact ? `created in ${answer.data.contact.orgUnit.id === id ? 'the unit' : 'another unit'}` : [answer.code, ...answer.keys].join(' ');
      cases.eq('createContact', id.slice(0, 12), outcome, writableUnits.has(id) ? 'created in the unit' : denied('BAD_USER_INPUT errors:unitNotWritable'));
    }
  });

  const from = tree.contacts.find((c) => writable.has(c.id));
  if (from) {
    await cases.op('addContactRelationship', async () => {
      const targets = probeIds(viewer);
      const got = await mutateEach<{ id: string }>(token, targets, (v) => `addContactRelationship(contactId: "${from.id}", relatedContactId: ${v}, kind: RECRUITED_BY) { id }`);
      for (const id of targets) {
        const answer = got.get(id)!;
        // Another viewer may have added the same link already: refused as a duplicate, but past the scope check.
        const outcome = answer.data ? 'linked' : answer.keys.includes('errors:relationshipExists') ? 'linked' : [answer.code, ...answer.keys].join(' ');
        const expected = id === from.id ? 'BAD_USER_INPUT errors:relationshipSelf' : view.contacts.has(id) ? 'linked' : 'NOT_FOUND';
        cases.eq('addContactRelationship', label(id), outcome, expected);
      }
    });
  }

  await cases.op('logContactActivity', async () => {
    const targets = probeIds(viewer);
    const got = await mutateEach<{ id: string }>(token, targets, (v) => `logContactActivity(contactId: ${v}, kind: NOTE, subject: "Перевірка") { id }`);
    for (const id of targets) {
      const expected = !writes(viewer) ? 'FORBIDDEN' : writable.has(id) ? 'logged' : view.contacts.has(id) ? 'FORBIDDEN' : 'NOT_FOUND';
      cases.eq('logContactActivity', label(id), got.get(id)!.data ? 'logged' : got.get(id)!.code, expected);
    }
  });
}

describe('the fixture', () => {
  it('gives viewers who write and who do not, and links to hidden contacts', () => {
    expect(viewers.filter(writes).length).toBeGreaterThan(20);
    expect(viewers.filter((v) => !writes(v)).length).toBeGreaterThan(5);
    const branchHead = viewers.find((v) => v.assignments.length === 1 && v.assignments[0].role === 'branch_head' && v.assignments[0].reach === 'UNIT')!;
    const visible = oracle.view(branchHead).contacts;
    const hiddenLinks = links.filter((l) => visible.has(l.contactId) !== visible.has(l.relatedContactId));
    expect(hiddenLinks.length).toBeGreaterThan(0);
  });
});

describe.concurrent('scope matrix (writes): probes that change nothing', () => {
  it.each(VIEWER_SPECS.map((s) => [s.name]))('%s', async (name) => {
    const viewer = viewers.find((v) => v.name === name)!;
    const cases = new Cases(name);
    await checkReads(viewer, cases);
    cases.finish();
  });
});

describe('scope matrix (writes): saves, one viewer at a time', () => {
  it.each(VIEWER_SPECS.map((s, i) => [s.name, i] as const))('%s', async (name, index) => {
    const viewer = viewers.find((v) => v.name === name)!;
    const cases = new Cases(name);
    await checkWrites(viewer, index, cases);
    cases.finish();
  });
});

describe('scope matrix (writes): total', () => {
  it('counted thousands of cases', () => {
    console.log(`scope matrix (writes): ${Cases.total} cases`);
    expect(Cases.total).toBeGreaterThan(5_000);
  });
});
