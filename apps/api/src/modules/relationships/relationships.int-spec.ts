import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type FixtureContact, type Tree } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let admin: string;
let branchHead: string;
let member: string;
/** Contacts in the branch head's unit, and one in a unit they cannot see. */
let mine: FixtureContact[];
let outside: FixtureContact;

const ADD = `mutation($contactId: ID!, $relatedContactId: ID!, $kind: RelationshipKind!) {
  addContactRelationship(contactId: $contactId, relatedContactId: $relatedContactId, kind: $kind) { id kind contact { id displayName } }
}`;
const REMOVE = 'mutation($id: ID!) { removeContactRelationship(id: $id) }';
const LINKS = 'query($id: ID!) { contact(id: $id) { id relationships { id kind contact { id } } } }';

interface Link {
  id: string;
  kind: string;
  contact: { id: string };
}

const links = async (id: string, token: string) =>
  (await server.gql<{ contact: { relationships: Link[] } | null }>(LINKS, { id }, { token })).data!.contact?.relationships.map((l) => `${l.kind} ${l.contact.id}`).sort();
const add = (contactId: string, relatedContactId: string, kind: string, token: string) =>
  server.gql<{ addContactRelationship: Link & { contact: { displayName: string } } }>(ADD, { contactId, relatedContactId, kind }, { token });
const count = async (sql: string, params: unknown[] = []) => Number((await execute<{ n: string }>(db.orm.em.fork(), sql, params))[0].n);

beforeAll(async () => {
  db = await createFreshDatabase('relationships');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2, 2], 4, 'rel');
  const branch = tree.units.find((u) => u.path === 'rel.r1.d1')!;
  mine = tree.contacts.filter((c) => c.unitId === branch.id);
  outside = tree.contacts.find((c) => c.path === 'rel.r2.d2')!;
  admin = (await createUserWithSession(em, { email: 'admin@rel.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  branchHead = (await createUserWithSession(em, { email: 'head@rel.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: branch.id }] })).token;
  member = (await createUserWithSession(em, { email: 'member@rel.org', assignments: [{ role: 'member', reach: 'UNIT', unitId: branch.id }], contactId: mine[3].id })).token;
  server = await startTestServer(db.orm);
});

beforeEach(async () => {
  await execute(db.orm.em.fork(), 'delete from contact_relationship');
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('addContactRelationship', () => {
  it('shows a link from both sides, with the inverse label on the other', async () => {
    const [parent, child, partner] = mine;
    const res = await add(child.id, parent.id, 'CHILD_OF', branchHead);
    expect(res.errors).toBeUndefined();
    expect(res.data!.addContactRelationship).toMatchObject({ kind: 'CHILD_OF', contact: { id: parent.id } });
    expect(await add(parent.id, partner.id, 'SPOUSE', branchHead).then((r) => r.errors)).toBeUndefined();
    expect(await links(parent.id, branchHead)).toEqual([`PARENT_OF ${child.id}`, `SPOUSE ${partner.id}`].sort());
    expect(await links(child.id, branchHead)).toEqual([`CHILD_OF ${parent.id}`]);
    expect(await links(partner.id, branchHead)).toEqual([`SPOUSE ${parent.id}`]);
    // Stored once, from the parent's side, and audited.
    expect(await count(`select count(*) as n from contact_relationship where contact_id = ? and related_contact_id = ? and kind = 'parent_of'`, [parent.id, child.id])).toBe(1);
    expect(await count(`select count(*) as n from audit_log where operation = 'contact.relationship.add'`)).toBeGreaterThanOrEqual(2);
  });

  it('refuses the same link twice, from either side, and a link to oneself', async () => {
    const [a, b] = mine;
    expect((await add(a.id, b.id, 'RECRUITED', branchHead)).errors).toBeUndefined();
    for (const [from, to, kind] of [[a.id, b.id, 'RECRUITED'], [b.id, a.id, 'RECRUITED_BY']]) {
      const again = await add(from, to, kind, branchHead);
      expect(again.errors![0].extensions!.fieldErrors).toEqual([{ field: 'relatedContactId', i18nKey: 'errors:relationshipExists', params: {} }]);
    }
    expect((await add(a.id, b.id, 'COLLEAGUE', branchHead)).errors).toBeUndefined();
    const symmetric = await add(b.id, a.id, 'COLLEAGUE', branchHead);
    expect(symmetric.errors![0].extensions!.fieldErrors).toEqual([{ field: 'relatedContactId', i18nKey: 'errors:relationshipExists', params: {} }]);
    const self = await add(a.id, a.id, 'RELATIVE', branchHead);
    expect(self.errors![0].extensions!.fieldErrors).toEqual([{ field: 'relatedContactId', i18nKey: 'errors:relationshipSelf', params: {} }]);
    expect(await count('select count(*) as n from contact_relationship')).toBe(2);
  });

  it('answers not found for a related contact out of sight, as for a missing one, and forbids members', async () => {
    const hidden = await add(mine[0].id, outside.id, 'RELATIVE', branchHead);
    const missing = await add(mine[0].id, randomUUID(), 'RELATIVE', branchHead);
    const malformed = await add(mine[0].id, 'nope', 'RELATIVE', branchHead);
    for (const res of [hidden, missing, malformed]) expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(hidden.errors![0].message).toBe(missing.errors![0].message);
    expect((await add(outside.id, mine[0].id, 'RELATIVE', branchHead)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await add(mine[3].id, mine[0].id, 'RELATIVE', member)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await count('select count(*) as n from contact_relationship')).toBe(0);
  });
});

describe('Contact.relationships', () => {
  it('leaves out links to contacts the viewer cannot see', async () => {
    expect((await add(mine[0].id, outside.id, 'EMPLOYER_OF', admin)).errors).toBeUndefined();
    expect((await add(mine[0].id, mine[1].id, 'COLLEAGUE', admin)).errors).toBeUndefined();
    expect(await links(mine[0].id, admin)).toEqual([`COLLEAGUE ${mine[1].id}`, `EMPLOYER_OF ${outside.id}`]);
    expect(await links(outside.id, admin)).toEqual([`EMPLOYEE_OF ${mine[0].id}`]);
    expect(await links(mine[0].id, branchHead)).toEqual([`COLLEAGUE ${mine[1].id}`]);
    const text = JSON.stringify((await server.gql(LINKS, { id: mine[0].id }, { token: branchHead })).data);
    expect(text).not.toContain(outside.id);
  });

  it('reads the links of a whole page of contacts in one statement', async () => {
    for (let i = 1; i < mine.length; i++) await add(mine[0].id, mine[i].id, 'RELATIVE', admin);
    const query = '{ contacts(first: 40) { edges { node { id relationships { kind contact { id displayName } } } } } }';
    // Warm the viewer cache, then count only the request's own statements.
    await server.gql(query, {}, { token: admin });
    db.queries.length = 0;
    const res = await server.gql<{ contacts: { edges: { node: { relationships: unknown[] } }[] } }>(query, {}, { token: admin });
    const statements = db.queries.filter((q) => q.includes('contact_relationship')).length;
    expect(res.data!.contacts.edges.filter((e) => e.node.relationships.length > 0)).toHaveLength(mine.length);
    expect(statements).toBe(1);
  });
});

describe('removeContactRelationship', () => {
  it('removes a link from both sides, audited; unknown and hidden links are not found', async () => {
    const link = (await add(mine[0].id, mine[1].id, 'PARENT_OF', branchHead)).data!.addContactRelationship;
    const hiddenLink = (await add(mine[0].id, outside.id, 'RELATIVE', admin)).data!.addContactRelationship;
    expect((await server.gql(REMOVE, { id: hiddenLink.id }, { token: branchHead })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await server.gql(REMOVE, { id: randomUUID() }, { token: branchHead })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await server.gql(REMOVE, { id: link.id }, { token: member })).errors![0].extensions!.code).toBe('FORBIDDEN');

    const removed = await server.gql<{ removeContactRelationship: string }>(REMOVE, { id: link.id }, { token: branchHead });
    expect(removed.data!.removeContactRelationship).toBe(link.id);
    expect(await links(mine[1].id, branchHead)).toEqual([]);
    expect(await count(`select count(*) as n from audit_log where operation = 'contact.relationship.remove' and record_id = ?`, [link.id])).toBe(1);
    expect(await count('select count(*) as n from contact_relationship where id = ?', [hiddenLink.id])).toBe(1);
  });
});
