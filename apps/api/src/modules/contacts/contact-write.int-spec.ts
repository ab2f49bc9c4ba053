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
let member: string;
let branchId: string;
let otherBranchId: string;
let taras: FixtureContact;
let outsider: FixtureContact;

const FIELDS = 'id version displayName phones emails phone email gender birthDate addressSettlement tags contactType consentAt consentVersion orgUnit { id }';
const CREATE = `mutation($unit: ID!, $input: ContactInput!, $allow: Boolean) {
  createContact(orgUnitId: $unit, input: $input, allowDuplicate: $allow) { contact { ${FIELDS} } duplicates { id displayName } }
}`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: ContactInput!, $allow: Boolean) {
  updateContact(id: $id, version: $version, input: $input, allowDuplicate: $allow) { contact { ${FIELDS} } duplicates { id displayName } }
}`;

interface Saved {
  contact: { id: string; version: number; displayName: string; phones: string[]; emails: string[]; phone: string | null; consentAt: string | null; consentVersion: string | null; orgUnit: { id: string } } | null;
  duplicates: { id: string; displayName: string }[];
}

const count = async (sql: string, params: unknown[] = []) => Number((await execute<{ n: string }>(db.orm.em.fork(), sql, params))[0].n);

beforeAll(async () => {
  db = await createFreshDatabase('contact_write');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2, 2], 1, 'cw');
  const branches = tree.units.filter((u) => u.kind === 'district');
  branchId = branches[0].id;
  otherBranchId = branches[3].id;
  taras = { id: randomUUID(), unitId: branchId, path: branches[0].path, lastName: 'Шевченко', firstName: 'Тарас', phone: '+380671234567', email: 'taras@ukr.net' };
  outsider = { id: randomUUID(), unitId: otherBranchId, path: branches[3].path, lastName: 'Франко', firstName: 'Іван', phone: '+380509998877', email: 'ivan@ukr.net' };
  await insertContacts(em, [taras, outsider]);
  admin = (await createUserWithSession(em, { email: 'admin@cw.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  branchHead = (await createUserWithSession(em, { email: 'head@cw.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: branchId }] })).token;
  member = (await createUserWithSession(em, { email: 'member@cw.org', assignments: [{ role: 'member', reach: 'UNIT', unitId: branchId }], contactId: taras.id })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('createContact', () => {
  it('normalizes and saves a contact, with a timeline entry and an audit row', async () => {
    const res = await server.gql<{ createContact: Saved }>(CREATE, {
      unit: branchId,
      input: { lastName: 'Українка', firstName: 'Леся', phones: ['050 111 22 33'], emails: ['Lesya@Example.org'], gender: 'FEMALE', birthDate: '1990-02-25', tags: ['волонтер'], contactType: 'VOLUNTEER', consentVersion: 'v1' },
    }, { token: branchHead });
    expect(res.errors).toBeUndefined();
    const saved = res.data!.createContact.contact!;
    expect(saved).toMatchObject({ version: 1, displayName: 'Українка Леся', phones: ['+380501112233'], emails: ['lesya@example.org'], phone: '+380501112233', consentVersion: 'v1', orgUnit: { id: branchId } });
    expect(saved.consentAt).not.toBeNull();
    expect(await count(`select count(*) as n from contact_activity where contact_id = ? and kind = 'created'`, [saved.id])).toBe(1);
    expect(await count(`select count(*) as n from audit_log where record_id = ? and operation = 'contact.create'`, [saved.id])).toBe(1);
    const found = await server.gql<{ contacts: { edges: { node: { id: string } }[] } }>('{ contacts(search: "0501112233") { edges { node { id } } } }', {}, { token: branchHead });
    expect(found.data!.contacts.edges.map((e) => e.node.id)).toEqual([saved.id]);
  });

  it('reports every bad field in one error and saves nothing', async () => {
    const before = await count('select count(*) as n from contact');
    const res = await server.gql(CREATE, { unit: branchId, input: { lastName: ' ', firstName: 'X', phones: ['12345'], emails: ['nope@'], birthDate: '2999-01-01' } }, { token: branchHead });
    const ext = res.errors![0].extensions!;
    expect(ext.code).toBe('BAD_USER_INPUT');
    expect((ext.fieldErrors as { field: string; i18nKey: string }[]).map((f) => `${f.field}:${f.i18nKey}`)).toEqual([
      'lastName:errors:fieldRequired', 'birthDate:errors:birthDateInFuture', 'phones.0:errors:phoneInvalid', 'emails.0:errors:emailInvalidValue',
    ]);
    expect(await count('select count(*) as n from contact')).toBe(before);
  });

  it('warns about a phone or e-mail already in scope, and creates on confirmation', async () => {
    const input = { lastName: 'Шевченко', firstName: 'Т.', phones: ['+38 067 123 45 67'] };
    const warned = await server.gql<{ createContact: Saved }>(CREATE, { unit: branchId, input }, { token: branchHead });
    expect(warned.data!.createContact).toEqual({ contact: null, duplicates: [{ id: taras.id, displayName: 'Шевченко Тарас' }] });
    const created = await server.gql<{ createContact: Saved }>(CREATE, { unit: branchId, input, allow: true }, { token: branchHead });
    expect(created.data!.createContact.contact!.phones).toEqual(['+380671234567']);
  });

  it('gives no hint of a match outside the scope', async () => {
    const res = await server.gql<{ createContact: Saved }>(CREATE, { unit: branchId, input: { lastName: 'Франко', firstName: 'І.', emails: ['IVAN@ukr.net'] } }, { token: branchHead });
    expect(res.data!.createContact.duplicates).toEqual([]);
    expect(res.data!.createContact.contact).not.toBeNull();
  });

  it('refuses a unit the viewer may not write to, and members altogether', async () => {
    const outside = await server.gql(CREATE, { unit: otherBranchId, input: { lastName: 'A', firstName: 'B' } }, { token: branchHead });
    expect(outside.errors![0].extensions!.fieldErrors).toEqual([{ field: 'orgUnitId', i18nKey: 'errors:unitNotWritable', params: {} }]);
    const byMember = await server.gql(CREATE, { unit: branchId, input: { lastName: 'A', firstName: 'B' } }, { token: member });
    expect(byMember.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('updateContact', () => {
  const read = async (id: string) =>
    (await server.gql<{ contact: { version: number; phones: string[]; consentAt: string | null } }>('query($id: ID!) { contact(id: $id) { version phones consentAt } }', { id }, { token: admin })).data!.contact;

  it('saves over the current version and bumps it; a save over an old version is refused', async () => {
    const { version } = await read(taras.id);
    const input = { lastName: 'Шевченко', firstName: 'Тарас', patronymic: 'Григорович', phones: ['+380671234567', '0441234567'] };
    const first = await server.gql<{ updateContact: Saved }>(UPDATE, { id: taras.id, version, input }, { token: branchHead });
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateContact.contact).toMatchObject({ version: version + 1, displayName: 'Шевченко Тарас Григорович', phones: ['+380671234567', '+380441234567'] });

    const stale = await server.gql(UPDATE, { id: taras.id, version, input: { ...input, phones: [] } }, { token: admin });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', i18nKey: 'errors:changedBySomeoneElse' });
    expect((await read(taras.id)).phones).toEqual(['+380671234567', '+380441234567']);
    expect(await count(`select count(*) as n from audit_log where record_id = ? and operation = 'contact.update'`, [taras.id])).toBe(1);
  });

  it('lets only one of two concurrent saves of the same version through', async () => {
    const { version } = await read(taras.id);
    const input = (street: string) => ({ lastName: 'Шевченко', firstName: 'Тарас', phones: ['+380671234567'], addressStreet: street });
    const results = await Promise.all([
      server.gql(UPDATE, { id: taras.id, version, input: input('вул. Перша') }, { token: admin }),
      server.gql(UPDATE, { id: taras.id, version, input: input('вул. Друга') }, { token: branchHead }),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect((await read(taras.id)).version).toBe(version + 1);
  });

  it('keeps consent unless asked, records a new version, withdraws on null', async () => {
    const base = { lastName: 'Шевченко', firstName: 'Тарас', phones: ['+380671234567'] };
    let { version } = await read(taras.id);
    const given = await server.gql<{ updateContact: Saved }>(UPDATE, { id: taras.id, version, input: { ...base, consentVersion: '2026-1' } }, { token: admin });
    const consentAt = given.data!.updateContact.contact!.consentAt;
    expect(consentAt).not.toBeNull();
    version += 1;
    const kept = await server.gql<{ updateContact: Saved }>(UPDATE, { id: taras.id, version, input: base }, { token: admin });
    expect(kept.data!.updateContact.contact).toMatchObject({ consentAt, consentVersion: '2026-1' });
    version += 1;
    const withdrawn = await server.gql<{ updateContact: Saved }>(UPDATE, { id: taras.id, version, input: { ...base, consentVersion: null } }, { token: admin });
    expect(withdrawn.data!.updateContact.contact).toMatchObject({ consentAt: null, consentVersion: null });
  });

  it('warns on update only about details the save adds', async () => {
    const { version } = await read(taras.id);
    const res = await server.gql<{ updateContact: Saved }>(UPDATE, { id: taras.id, version, input: { lastName: 'Шевченко', firstName: 'Тарас', phones: ['+380671234567'], emails: ['lesya@example.org'] } }, { token: branchHead });
    expect(res.data!.updateContact.contact).toBeNull();
    expect(res.data!.updateContact.duplicates.map((d) => d.displayName)).toEqual(['Українка Леся']);
  });

  it('answers not found outside the read scope and forbidden where only reading is allowed', async () => {
    const input = { lastName: 'X', firstName: 'Y' };
    const outside = await server.gql(UPDATE, { id: outsider.id, version: 1, input }, { token: branchHead });
    const missing = await server.gql(UPDATE, { id: randomUUID(), version: 1, input }, { token: branchHead });
    expect(outside.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(outside.errors![0].message).toBe(missing.errors![0].message);
    const own = await server.gql(UPDATE, { id: taras.id, version: 1, input }, { token: member });
    expect(own.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
