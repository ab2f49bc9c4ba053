import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bornOnOrBefore, calendarDateIn } from '@hromada/shared';
import { readConfig } from '../../config';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { setContactAttributes, type ContactAttributes } from '../../test-support/contact-attributes';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, insertContacts, type FixtureUnit, type Tree } from '../../test-support/tree-fixture';

/**
 * Every criterion of the filter, compiled and run against real rows: a handful of contacts
 * with known attributes, each criterion checked for exactly who it lets through.
 */
let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let admin: string;
let districtHead: string;
const ids = new Map<string, string>();

const PREVIEW = 'query($f: ContactFilterInput!) { previewContactFilter(filter: $f) { count sample { firstName } } }';
const today = calendarDateIn(readConfig().timeZone);
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

interface Person extends ContactAttributes {
  name: string;
  unit: string;
}

/** Names sort in this order, so previews list them alphabetically. */
const PEOPLE = (): Person[] => [
  { name: 'Anna', unit: 'gf.r1.d1', membershipType: 'member', membershipStatus: 'member', contactType: 'member', tags: ['волонтер', 'водій'], gender: 'female',
    birthDate: dayAfter(bornOnOrBefore(today, 18)), duesBalance: -5000, createdAt: '2026-01-10T10:00:00Z', phones: ['+380671000001'], emails: ['anna@x.org'], consentAt: '2026-01-10T10:00:00Z' },
  { name: 'Bohdan', unit: 'gf.r1.d1', membershipType: 'candidate', membershipStatus: 'candidate', contactType: 'member', tags: ['волонтер'], gender: 'male',
    birthDate: '1990-06-01', duesBalance: 0, createdAt: '2025-12-31T21:30:00Z', phones: ['+380671000002'], emails: [] },
  { name: 'Dmytro', unit: 'gf.r2.d1', membershipType: 'member', membershipStatus: 'member', contactType: 'member', tags: ['волонтер'], gender: 'male',
    birthDate: bornOnOrBefore(today, 18), duesBalance: -20000, createdAt: '2026-03-01T12:00:00Z', phones: ['+380671000003'], emails: ['d@x.org'], consentAt: '2026-03-01T12:00:00Z' },
  { name: 'Hanna', unit: 'gf.r1.d2', contactType: 'donor', tags: [], duesBalance: 0, createdAt: '2026-02-01T12:00:00Z', phones: [], emails: [] },
  { name: 'Olena', unit: 'gf.r2.d2', membershipType: 'member', membershipStatus: 'left', contactType: 'volunteer', tags: ['Волонтер'], gender: 'female',
    birthDate: '1960-02-29', duesBalance: 100, createdAt: '2026-02-15T12:00:00Z', phones: [], emails: ['o@x.org'], consentAt: '2026-02-15T12:00:00Z' },
  { name: 'Vira', unit: 'gf.r1.d2', membershipType: 'member', membershipStatus: 'suspended', contactType: 'volunteer', tags: ['водій'], gender: 'female',
    birthDate: '1975-05-05', duesBalance: -20001, createdAt: '2025-12-31T22:30:00Z', phones: [], emails: ['vira@x.org'], consentAt: '2025-12-31T22:30:00Z' },
];

async function preview(filter: Record<string, unknown>, token = admin): Promise<string[]> {
  const res = await server.gql<{ previewContactFilter: { count: number; sample: { firstName: string }[] } }>(PREVIEW, { f: filter }, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const { count, sample } = res.data!.previewContactFilter;
  expect(count, 'count and sample agree').toBe(sample.length);
  return sample.map((c) => c.firstName);
}

const unit = (path: string): FixtureUnit => tree.units.find((u) => u.path === path)!;

beforeAll(async () => {
  db = await createFreshDatabase('contact_filter');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2, 2], 0, 'gf');
  const people = PEOPLE();
  for (const p of people) ids.set(p.name, randomUUID());
  await insertContacts(em, people.map((p) => ({ id: ids.get(p.name)!, unitId: unit(p.unit).id, path: p.unit, lastName: 'Тест', firstName: p.name, phone: '', email: '' })));
  for (const { name, unit: _unit, ...attributes } of people) await setContactAttributes(em, ids.get(name)!, attributes);
  admin = (await createUserWithSession(em, { email: 'admin@gf.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  districtHead = (await createUserWithSession(em, { email: 'head@gf.org', assignments: [{ role: 'branch_head', reach: 'SUBTREE', unitId: unit('gf.r1.d1').id }] })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('previewContactFilter against real rows', () => {
  it('matches everyone in scope with no criteria, in name order', async () => {
    expect(await preview({})).toEqual(['Anna', 'Bohdan', 'Dmytro', 'Hanna', 'Olena', 'Vira']);
    expect(await preview({}, districtHead)).toEqual(['Anna', 'Bohdan']);
  });

  it('takes each unit with its subtree, and a unit outside the scope matches nothing', async () => {
    expect(await preview({ unitIds: [unit('gf.r1').id] })).toEqual(['Anna', 'Bohdan', 'Hanna', 'Vira']);
    expect(await preview({ unitIds: [unit('gf.r1.d2').id, unit('gf.r2.d1').id] })).toEqual(['Dmytro', 'Hanna', 'Vira']);
    expect(await preview({ unitIds: [unit('gf.r2').id] }, districtHead)).toEqual([]);
    expect(await preview({ unitIds: [randomUUID()] })).toEqual([]);
  });

  it('matches membership statuses, "no membership", and types', async () => {
    expect(await preview({ membershipStatuses: ['MEMBER'] })).toEqual(['Anna', 'Dmytro']);
    expect(await preview({ membershipStatuses: ['NONE'] })).toEqual(['Hanna']);
    expect(await preview({ membershipStatuses: ['SUSPENDED', 'NONE'] })).toEqual(['Hanna', 'Vira']);
    expect(await preview({ membershipTypes: ['CANDIDATE'] })).toEqual(['Bohdan']);
  });

  it('matches contact types and genders', async () => {
    expect(await preview({ contactTypes: ['VOLUNTEER', 'DONOR'] })).toEqual(['Hanna', 'Olena', 'Vira']);
    expect(await preview({ genders: ['MALE'] })).toEqual(['Bohdan', 'Dmytro']);
  });

  it('matches any of some tags, or all of them, exactly as written', async () => {
    expect(await preview({ tagsAny: ['волонтер'] })).toEqual(['Anna', 'Bohdan', 'Dmytro']);
    expect(await preview({ tagsAny: ['водій', 'Волонтер'] })).toEqual(['Anna', 'Olena', 'Vira']);
    expect(await preview({ tagsAll: ['волонтер', 'водій'] })).toEqual(['Anna']);
  });

  it('counts whole years on the organization today: 18 on the birthday, not the day before', async () => {
    expect(await preview({ ageMin: 18, ageMax: 18 })).toEqual(['Dmytro']);
    expect(await preview({ ageMax: 17 })).toEqual(['Anna']);
    expect(await preview({ ageMin: 60 })).toEqual(['Olena']);
    // Without a birth date, no age criterion matches.
    expect(await preview({ ageMin: 0 })).not.toContain('Hanna');
  });

  it('matches arrears by sign and by the amount owed', async () => {
    expect(await preview({ inArrears: true })).toEqual(['Anna', 'Dmytro', 'Vira']);
    expect(await preview({ inArrears: false })).toEqual(['Bohdan', 'Hanna', 'Olena']);
    expect(await preview({ arrearsAtLeastKopiyky: 20000 })).toEqual(['Dmytro', 'Vira']);
    expect(await preview({ arrearsAtLeastKopiyky: 20001 })).toEqual(['Vira']);
  });

  it('reads "added between" as whole days in the organization zone', async () => {
    // Vira was added at 00:30 on 1 January in Kyiv, Bohdan at 23:30 on 31 December.
    expect(await preview({ createdFrom: '2026-01-01', createdTo: '2026-01-10' })).toEqual(['Anna', 'Vira']);
    expect(await preview({ createdTo: '2025-12-31' })).toEqual(['Bohdan']);
  });

  it('matches having a phone, an e-mail, consent, and their absence', async () => {
    expect(await preview({ hasPhone: true })).toEqual(['Anna', 'Bohdan', 'Dmytro']);
    expect(await preview({ hasEmail: false })).toEqual(['Bohdan', 'Hanna']);
    expect(await preview({ hasConsent: false })).toEqual(['Bohdan', 'Hanna']);
  });

  it('combines criteria with "and"', async () => {
    expect(await preview({ membershipStatuses: ['MEMBER', 'SUSPENDED'], inArrears: true, unitIds: [unit('gf.r1').id], hasEmail: true })).toEqual(['Anna', 'Vira']);
  });

  it('reports every bad criterion at once, by field', async () => {
    const res = await server.gql(PREVIEW, { f: { ageMin: 40, ageMax: 20, createdFrom: '2026-13-01', tagsAny: ['ok', 'x'.repeat(60)] } }, { token: admin });
    const ext = res.errors![0].extensions!;
    expect(ext.code).toBe('BAD_USER_INPUT');
    expect((ext.fieldErrors as { field: string; i18nKey: string }[]).map((f) => `${f.field}:${f.i18nKey}`)).toEqual([
      'tagsAny.1:errors:tagInvalid',
      'ageMax:errors:rangeInverted',
      'createdFrom:errors:dateInvalid',
    ]);
  });

  it('shows a member only their own record', async () => {
    const member = (await createUserWithSession(db.orm.em.fork(), { email: 'm@gf.org', assignments: [{ role: 'member', reach: 'UNIT', unitId: unit('gf.r1.d1').id }], contactId: ids.get('Anna') })).token;
    expect(await preview({}, member)).toEqual(['Anna']);
  });
});
