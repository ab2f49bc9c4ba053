import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { buildTree, createUserWithSession, type Tree } from '../../test-support/tree-fixture';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { execute } from '../../platform/db/sql';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let adminToken: string;
let regionAdminToken: string;
let memberToken: string;

const ADD = `mutation($input: DuesScheduleInput!) { addDuesSchedule(input: $input) { id membershipType period amountKopiyky currency validFrom validTo } }`;
const END = `mutation($id: ID!, $validTo: String!) { endDuesSchedule(id: $id, validTo: $validTo) { id validFrom validTo } }`;
const LIST = '{ duesSchedules { membershipType period amountKopiyky validFrom validTo } }';

const add = (input: Record<string, unknown>, token = adminToken) =>
  server.gql<{ addDuesSchedule: { id: string; validTo: string | null } }>(ADD, { input: { membershipType: 'MEMBER', period: 'MONTHLY', amountKopiyky: 5000, ...input } }, { token });

beforeAll(async () => {
  db = await createFreshDatabase('dues_schedule');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2], 1, 'ds');
  adminToken = (await createUserWithSession(em, { email: 'admin@ds.test', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] })).token;
  regionAdminToken = (await createUserWithSession(em, { email: 'region@ds.test', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[1].id }] })).token;
  memberToken = (await createUserWithSession(em, { email: 'member@ds.test', assignments: [{ role: 'member', reach: 'UNIT', unitId: tree.units[1].id }], contactId: tree.contacts[1].id })).token;
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('dues schedules', () => {
  it('adds a schedule with its audit row, and lists it to anyone who reads dues', async () => {
    const res = await add({ validFrom: '2025-01-01' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.addDuesSchedule).toMatchObject({ membershipType: 'MEMBER', period: 'MONTHLY', amountKopiyky: 5000, currency: 'UAH', validFrom: '2025-01-01', validTo: null });
    const [audit] = await execute<{ operation: string }>(db.orm.em.fork(), 'select operation from audit_log where record_id = ?', [res.data!.addDuesSchedule.id]);
    expect(audit.operation).toBe('dues.schedule.add');
    const listed = await server.gql<{ duesSchedules: unknown[] }>(LIST, {}, { token: memberToken });
    expect(listed.data!.duesSchedules).toEqual([{ membershipType: 'MEMBER', period: 'MONTHLY', amountKopiyky: 5000, validFrom: '2025-01-01', validTo: null }]);
  });

  it('refuses days that overlap another schedule of the type, and takes them once the old one ends', async () => {
    const overlapping = await add({ amountKopiyky: 6000, validFrom: '2026-01-01' });
    expect(overlapping.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'validFrom', i18nKey: 'dues:error.scheduleOverlaps' }] });
    const [current] = await execute<{ id: string }>(db.orm.em.fork(), "select id from dues_schedule where membership_type = 'member'");
    const ended = await server.gql<{ endDuesSchedule: { validTo: string } }>(END, { id: current.id, validTo: '2025-12-31' }, { token: adminToken });
    expect(ended.data?.endDuesSchedule.validTo).toBe('2025-12-31');
    expect((await add({ amountKopiyky: 6000, validFrom: '2026-01-01' })).errors).toBeUndefined();
    // Another type is free to start the same day.
    expect((await add({ membershipType: 'SUPPORTER', period: 'YEARLY', amountKopiyky: 12_000, validFrom: '2026-01-01' })).errors).toBeUndefined();
    const reopen = await server.gql(END, { id: current.id, validTo: '2026-06-30' }, { token: adminToken });
    expect(reopen.errors?.[0].extensions).toMatchObject({ fieldErrors: [{ field: 'validTo', i18nKey: 'dues:error.scheduleOverlaps' }] });
  });

  it('checks amounts and dates field by field', async () => {
    const res = await add({ amountKopiyky: -1, validFrom: '2027-02-30', validTo: 'soon' });
    expect(res.errors?.[0].extensions).toMatchObject({
      fieldErrors: [
        { field: 'amountKopiyky', i18nKey: 'dues:error.amountPositive' },
        { field: 'validFrom', i18nKey: 'errors:dateInvalid' },
        { field: 'validTo', i18nKey: 'errors:dateInvalid' },
      ],
    });
    const backwards = await add({ membershipType: 'CANDIDATE', validFrom: '2027-02-01', validTo: '2027-01-31' });
    expect(backwards.errors?.[0].extensions).toMatchObject({ fieldErrors: [{ field: 'validTo', i18nKey: 'dues:error.endBeforeStart' }] });
  });

  it('tells each viewer what they may do', async () => {
    const access = async (token: string) => (await server.gql<{ duesAccess: unknown }>('{ duesAccess { canRecord canManageSchedules } }', {}, { token })).data?.duesAccess;
    expect(await access(adminToken)).toEqual({ canRecord: true, canManageSchedules: true });
    expect(await access(regionAdminToken)).toEqual({ canRecord: true, canManageSchedules: false });
    expect(await access(memberToken)).toEqual({ canRecord: false, canManageSchedules: false });
  });

  it('lets only a viewer with dues write over the whole organization change the tariff', async () => {
    expect((await add({ membershipType: 'CANDIDATE', validFrom: '2026-01-01' }, regionAdminToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await add({ membershipType: 'CANDIDATE', validFrom: '2026-01-01' }, memberToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
