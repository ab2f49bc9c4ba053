import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type FixtureContact, type Tree } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let member: string;
let ownContact: FixtureContact;
let neighbour: FixtureContact;
let admin: string;
let adminOwn: FixtureContact;
let noContact: string;

const PROFILE = '{ myProfile { id version displayName phones emails addressRegion addressSettlement addressStreet tags notes } }';
const UPDATE = `mutation($version: Int!, $phones: [String!]!, $emails: [String!]!, $region: String, $settlement: String, $street: String) {
  updateMyContactDetails(version: $version, phones: $phones, emails: $emails, addressRegion: $region, addressSettlement: $settlement, addressStreet: $street) {
    id version phones emails addressRegion addressSettlement addressStreet displayName
  }
}`;

interface Profile {
  id: string;
  version: number;
  displayName: string;
  phones: string[];
  emails: string[];
  addressRegion: string | null;
  addressSettlement: string | null;
  addressStreet: string | null;
}

const profile = async (token: string) => (await server.gql<{ myProfile: Profile | null }>(PROFILE, {}, { token })).data!.myProfile;
const row = async (id: string) =>
  (await execute<{ first_name: string; tags: string[]; notes: string | null; phones: string[]; version: number }>(db.orm.em.fork(), 'select first_name, tags, notes, phones, version from contact where id = ?', [id]))[0];

beforeAll(async () => {
  db = await createFreshDatabase('profile');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2, 1], 2, 'pf');
  const branch = tree.units.find((u) => u.path === 'pf.r1.d1')!;
  [ownContact, neighbour] = tree.contacts.filter((c) => c.unitId === branch.id);
  adminOwn = tree.contacts.find((c) => c.path === 'pf.r2.d1')!;
  await execute(em, `update contact set tags = '{актив}', notes = 'Службова примітка' where id = ?`, [ownContact.id]);
  member = (await createUserWithSession(em, { email: 'member@pf.org', assignments: [{ role: 'member', reach: 'UNIT', unitId: branch.id }], contactId: ownContact.id })).token;
  // An admin of one branch whose own record is kept elsewhere, out of their contacts scope.
  admin = (await createUserWithSession(em, { email: 'admin@pf.org', assignments: [{ role: 'admin', reach: 'UNIT', unitId: branch.id }], contactId: adminOwn.id })).token;
  noContact = (await createUserWithSession(em, { email: 'nobody@pf.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: branch.id }] })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('myProfile', () => {
  it('is the viewer’s own record, wherever it is kept, and null without one', async () => {
    expect((await profile(member))!.id).toBe(ownContact.id);
    expect((await profile(admin))!.id).toBe(adminOwn.id);
    expect(await profile(noContact)).toBeNull();
    const me = await server.gql<{ me: { contactId: string | null; contact: { id: string } | null; canAddContacts: boolean } }>('{ me { contactId contact { id } canAddContacts } }', {}, { token: admin });
    expect(me.data!.me).toEqual({ contactId: adminOwn.id, contact: null, canAddContacts: true });
    const ofMember = await server.gql<{ me: { contactId: string; canAddContacts: boolean } }>('{ me { contactId canAddContacts } }', {}, { token: member });
    expect(ofMember.data!.me).toEqual({ contactId: ownContact.id, canAddContacts: false });
  });
});

describe('updateMyContactDetails', () => {
  it('saves phones, e-mails and address of the own record only, normalized and audited', async () => {
    const before = await profile(member);
    const neighbourBefore = await row(neighbour.id);
    const res = await server.gql<{ updateMyContactDetails: Profile }>(UPDATE, {
      version: before!.version, phones: ['067 555 44 33', ''], emails: ['Bohdan@Example.org'], region: 'Київська', settlement: 'Буча', street: ' вул. Вокзальна,  1 ',
    }, { token: member });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateMyContactDetails).toMatchObject({
      id: ownContact.id, version: before!.version + 1, phones: ['+380675554433'], emails: ['bohdan@example.org'],
      addressRegion: 'Київська', addressSettlement: 'Буча', addressStreet: 'вул. Вокзальна, 1',
    });
    // Nothing else on the record moved; nobody else's record either.
    expect(await row(ownContact.id)).toMatchObject({ first_name: ownContact.firstName, tags: ['актив'], notes: 'Службова примітка' });
    expect(await row(neighbour.id)).toEqual(neighbourBefore);
    const [audit] = await execute<{ n: string }>(db.orm.em.fork(), `select count(*) as n from audit_log where operation = 'contact.updateOwnDetails' and record_id = ?`, [ownContact.id]);
    expect(Number(audit.n)).toBe(1);
  });

  it('lets a viewer edit their own record even outside their contacts scope', async () => {
    const { version } = (await profile(admin))!;
    const res = await server.gql<{ updateMyContactDetails: Profile }>(UPDATE, { version, phones: ['+380501234000'], emails: [] }, { token: admin });
    expect(res.data!.updateMyContactDetails).toMatchObject({ id: adminOwn.id, phones: ['+380501234000'], emails: [] });
  });

  it('reports bad phones and e-mails by position and changes nothing', async () => {
    const before = await row(ownContact.id);
    const res = await server.gql(UPDATE, { version: before.version, phones: ['+380671112233', '12-34'], emails: ['not-an-email'], street: 'x'.repeat(201) }, { token: member });
    expect((res.errors![0].extensions!.fieldErrors as { field: string; i18nKey: string }[]).map((f) => `${f.field}:${f.i18nKey}`)).toEqual([
      'phones.1:errors:phoneInvalid', 'emails.0:errors:emailInvalidValue', 'addressStreet:errors:fieldTooLong',
    ]);
    expect(await row(ownContact.id)).toEqual(before);
  });

  it('refuses a save over a version someone else has already saved', async () => {
    const { version } = (await profile(member))!;
    const first = await server.gql(UPDATE, { version, phones: ['+380671110000'], emails: [] }, { token: member });
    expect(first.errors).toBeUndefined();
    const stale = await server.gql(UPDATE, { version, phones: ['+380672220000'], emails: [] }, { token: member });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', i18nKey: 'errors:changedBySomeoneElse' });
    expect((await row(ownContact.id)).phones).toEqual(['+380671110000']);
  });

  it('is not found for an account without a record, and closed to anonymous requests', async () => {
    const none = await server.gql(UPDATE, { version: 1, phones: [], emails: [] }, { token: noContact });
    expect(none.errors![0].extensions!.code).toBe('NOT_FOUND');
    const anonymous = await server.gql(UPDATE, { version: 1, phones: [], emails: [] });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
