import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairScore, type DuplicateRule } from '@hromada/shared';
import { execute } from '../../platform/db/sql';
import { createLogger } from '../../platform/logging/logger';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { insertPeople, person, type Person } from '../../test-support/people-fixture';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type FixtureUnit, type Tree } from '../../test-support/tree-fixture';
import { duplicateScanHandler } from './duplicate-scan.job';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let admin: { userId: string; token: string };
let regionManager: string;
let districtHead: string;
let d1: FixtureUnit;
let d2: FixtureUnit;
let d3: FixtureUnit;
const people: Record<string, Person> = {};

const SCAN = 'mutation($unit: ID!) { scanDuplicates(orgUnitId: $unit) }';
const TASK = 'query($id: ID!) { backgroundTask(id: $id) { status done total result errorKey } }';
const PAIRS = `query($unit: ID!, $status: DuplicatePairStatus) {
  duplicatePairs(orgUnitId: $unit, status: $status, first: 100) { totalCount edges { node { id rules score status contactA { id } contactB { id } } } }
}`;

interface Pair {
  id: string;
  rules: string[];
  score: number;
  status: string;
  contactA: { id: string };
  contactB: { id: string };
}

/** Starts a scan as the token's user and waits for it; returns the finished task. */
async function scan(unitId: string, token: string): Promise<{ status: string; done: number; total: number; result: Record<string, unknown> }> {
  const started = await server.gql<{ scanDuplicates: string }>(SCAN, { unit: unitId }, { token });
  expect(started.errors).toBeUndefined();
  for (let i = 0; i < 200; i += 1) {
    const res = await server.gql<{ backgroundTask: { status: string; done: number; total: number; result: Record<string, unknown> } }>(TASK, { id: started.data!.scanDuplicates }, { token });
    const task = res.data!.backgroundTask;
    if (task.status === 'succeeded' || task.status === 'failed') return task;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('scan did not finish');
}

async function pairs(unitId: string, token: string, status = 'OPEN'): Promise<Pair[]> {
  const res = await server.gql<{ duplicatePairs: { edges: { node: Pair }[] } }>(PAIRS, { unit: unitId, status }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.duplicatePairs.edges.map((e) => e.node);
}

/** Pairs as "name a + name b: rules", order-free, for readable comparisons. */
function described(found: Pair[]): string[] {
  const nameOf = new Map(Object.entries(people).map(([key, p]) => [p.id, key]));
  return found.map((p) => {
    const names = [nameOf.get(p.contactA.id), nameOf.get(p.contactB.id)].sort().join(' + ');
    return `${names}: ${p.rules.map((r) => r.toLowerCase()).sort().join(',')}`;
  }).sort();
}

beforeAll(async () => {
  db = await createFreshDatabase('dup_scan');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2, 2], 0, 'ds');
  [d1, d2, d3] = tree.units.filter((u) => u.kind === 'district');
  const r1 = tree.units.find((u) => u.path === 'ds.r1')!;
  const office = '+380441234567';
  Object.assign(people, {
    emailA: person(d1, 'Бондар Ірина', { emails: ['iryna@ukr.net'] }),
    emailB: person(d1, 'Бондар Ира', { emails: ['work@firm.ua', 'iryna@ukr.net'] }),
    phoneA: person(d1, 'Мельник Петро', { phones: ['+380671112233'] }),
    phoneB: person(d2, 'Мельник Петя', { phones: ['+380501234567', '+380671112233'] }),
    tarasUk: person(d1, 'Шевченко Тарас', { birthDate: '1990-03-09' }),
    tarasEn: person(d2, 'Shevchenko Taras', { birthDate: '1990-03-09' }),
    tarasOther: person(d1, 'Shevchenko Taras', { birthDate: '1990-03-10' }),
    twinOlena: person(d1, 'Коваленко Олена', { birthDate: '2001-06-01' }),
    twinOksana: person(d1, 'Коваленко Оксана', { birthDate: '2001-06-01' }),
    brother: person(d1, 'Кравець Олександр', { birthDate: '1985-01-20', gender: 'male' }),
    sister: person(d1, 'Кравець Олександра', { birthDate: '1985-01-20', gender: 'female' }),
    allA: person(d1, 'Ткачук Богдан', { emails: ['bohdan@gmail.com'], phones: ['+380991112233'], birthDate: '1979-11-02' }),
    allB: person(d1, 'Tkachuk Bohdan', { emails: ['bohdan@gmail.com'], phones: ['+380991112233'], birthDate: '1979-11-02' }),
    acrossRegions: person(d3, 'Мельник Петро', { phones: ['+380671112233'] }),
  });
  // An office number that 21 people give: no sign of one person.
  for (let i = 0; i < 21; i += 1) people[`office${i}`] = person(d2, `Співробітник${i} Офісний`, { phones: [office] });
  await insertPeople(em, Object.values(people));
  admin = await createUserWithSession(em, { email: 'admin@ds.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id }] });
  regionManager = (await createUserWithSession(em, { email: 'region@ds.org', assignments: [{ role: 'manager', reach: 'SUBTREE', unitId: r1.id }] })).token;
  districtHead = (await createUserWithSession(em, { email: 'head@ds.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: d1.id }] })).token;
  server = await startTestServer(db.orm, { runJobs: true });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('a duplicate scan', () => {
  it('finds each rule’s pairs and nothing else, reporting progress per phase', async () => {
    const task = await scan(tree.units[0].id, admin.token);
    expect(task).toMatchObject({ status: 'succeeded', done: 6, total: 6 });
    expect(described(await pairs(tree.units[0].id, admin.token))).toEqual([
      'acrossRegions + phoneA: phone',
      'acrossRegions + phoneB: phone',
      'allA + allB: email,name_birth_date,phone',
      'emailA + emailB: email',
      'phoneA + phoneB: phone',
      'tarasEn + tarasUk: name_birth_date',
    ]);
    expect(task.result).toMatchObject({ pairs: 6, newPairs: 6, byRule: { email: 2, phone: 4, name_birth_date: 2 } });
  });

  it('scores pairs as the shared rules say', async () => {
    const found = await pairs(tree.units[0].id, admin.token);
    const scoreOf = (a: string, b: string) => found.find((p) => [p.contactA.id, p.contactB.id].sort().join() === [people[a].id, people[b].id].sort().join())!.score;
    expect(scoreOf('emailA', 'emailB')).toBe(pairScore(['email'], null));
    expect(scoreOf('phoneA', 'phoneB')).toBe(pairScore(['phone'], null));
    expect(scoreOf('tarasUk', 'tarasEn')).toBe(pairScore(['name_birth_date'], 1));
    expect(scoreOf('allA', 'allB')).toBe(pairScore(['email', 'phone', 'name_birth_date'] as DuplicateRule[], 1));
    expect(found.map((p) => p.score)).toEqual([...found.map((p) => p.score)].sort((a, b) => b - a));
  });

  it('never brings back a dismissed pair, and drops open pairs whose details changed', async () => {
    const found = await pairs(tree.units[0].id, admin.token);
    const emailPair = found.find((p) => p.rules.join() === 'EMAIL')!;
    const dismissed = await server.gql('mutation($id: ID!) { dismissDuplicatePair(id: $id) { id status } }', { id: emailPair.id }, { token: admin.token });
    expect(dismissed.data).toEqual({ dismissDuplicatePair: { id: emailPair.id, status: 'DISMISSED' } });
    await execute(db.orm.em.fork(), `update contact set phones = '{+380630000001}' where id = ?`, [people.acrossRegions.id]);

    const task = await scan(tree.units[0].id, admin.token);
    expect(task.result).toMatchObject({ newPairs: 0, stalePairsRemoved: 2 });
    expect(described(await pairs(tree.units[0].id, admin.token))).toEqual([
      'allA + allB: email,name_birth_date,phone',
      'phoneA + phoneB: phone',
      'tarasEn + tarasUk: name_birth_date',
    ]);
    expect((await pairs(tree.units[0].id, admin.token, 'DISMISSED')).map((p) => p.id)).toEqual([emailPair.id]);
  });

  it('pairs only contacts inside the scanned subtree and the scanner’s write scope', async () => {
    await execute(db.orm.em.fork(), 'delete from duplicate_pair');
    // The district head holds d1 only: the cross-district pairs are not theirs to find.
    await scan(d1.id, districtHead);
    expect(described(await pairs(tree.units[0].id, admin.token))).toEqual([
      'allA + allB: email,name_birth_date,phone',
      'emailA + emailB: email',
    ]);
    // A unit above their grant scans just the part they hold; a unit beside it cannot be scanned.
    expect((await server.gql(SCAN, { unit: d2.id }, { token: districtHead })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await scan(tree.units.find((u) => u.path === 'ds.r1')!.id, regionManager);
    expect(described(await pairs(tree.units[0].id, admin.token))).toEqual([
      'allA + allB: email,name_birth_date,phone',
      'emailA + emailB: email',
      'phoneA + phoneB: phone',
      'tarasEn + tarasUk: name_birth_date',
    ]);
  });

  it('re-evaluates scope when the task runs: grants lost since the start are not used', async () => {
    await execute(db.orm.em.fork(), 'delete from duplicate_pair');
    const user = await createUserWithSession(db.orm.em.fork(), { email: 'demoted@ds.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: d1.id }] });
    const wholeTree = [{ unitId: tree.units[0].id, path: tree.units[0].path, reach: 'SUBTREE' as const }];
    const taskId = randomUUID();
    await execute(db.orm.em.fork(), `insert into background_task (id, kind, created_by) values (?, 'duplicate_scan', ?)`, [taskId, user.userId]);
    const result = await duplicateScanHandler({
      id: taskId, params: { orgUnitId: tree.units[0].id, grants: wholeTree }, createdBy: user.userId, orm: db.orm,
      log: createLogger('silent'), progress: async () => undefined,
    });
    expect(result).toMatchObject({ contacts: Object.values(people).filter((p) => p.unit.id === d1.id).length, pairs: 2 });
  });
});
