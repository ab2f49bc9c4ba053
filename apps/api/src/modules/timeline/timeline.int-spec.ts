import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type FixtureContact, type Tree } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
let head: { userId: string; token: string };
let member: string;
let busy: FixtureContact;
let other: FixtureContact;
let outside: FixtureContact;

const LOG = `mutation($contactId: ID!, $kind: LoggedActivityKind!, $subject: String, $body: String, $occurredAt: DateTimeISO) {
  logContactActivity(contactId: $contactId, kind: $kind, subject: $subject, body: $body, occurredAt: $occurredAt) { id kind subject body occurredAt actorName }
}`;
const TIMELINE = `query($id: ID!, $first: Int, $after: String) {
  contact(id: $id) { timeline(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind subject occurredAt payload actorName } } } }
}`;

interface Entry {
  id: string;
  kind: string;
  subject: string | null;
  occurredAt: string;
  payload: Record<string, unknown> | null;
  actorName: string | null;
}
interface Timeline {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Entry }[];
}

const timeline = async (id: string, token: string, first: number, after?: string | null) =>
  (await server.gql<{ contact: { timeline: Timeline } | null }>(TIMELINE, { id, first, after }, { token })).data!.contact?.timeline ?? null;

beforeAll(async () => {
  db = await createFreshDatabase('timeline');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2], 3, 'tl');
  const branch = tree.units[1];
  [busy, other] = tree.contacts.filter((c) => c.unitId === branch.id);
  outside = tree.contacts.find((c) => c.unitId === tree.units[2].id)!;
  head = await createUserWithSession(em, { email: 'head@tl.org', assignments: [{ role: 'branch_head', reach: 'UNIT', unitId: branch.id }] });
  await execute(em, `update app_user set display_name = 'Олена Бондаренко' where id = ?`, [head.userId]);
  member = (await createUserWithSession(em, { email: 'member@tl.org', assignments: [{ role: 'member', reach: 'UNIT', unitId: branch.id }], contactId: other.id })).token;
  // 45 system events on one contact, several at the very same instant (the id breaks the tie).
  const base = Date.parse('2026-01-01T10:00:00Z');
  for (let i = 0; i < 45; i++) {
    const at = new Date(base + Math.floor(i / 3) * 60_000).toISOString();
    await execute(em, `insert into contact_activity (id, contact_id, kind, occurred_at, payload) values (?, ?, 'status_changed', ?, ?::jsonb)`, [
      randomUUID(), busy.id, at, JSON.stringify({ from: 'candidate', to: 'member', n: i }),
    ]);
  }
  server = await startTestServer(db.orm);
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('Contact.timeline', () => {
  it('pages newest first on (occurredAt, id) without gaps or repeats', async () => {
    const seen: Entry[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Timeline = (await timeline(busy.id, head.token, 10, after))!;
      expect(page.totalCount).toBe(45);
      seen.push(...page.edges.map((e) => e.node));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(new Set(seen.map((e) => e.id)).size).toBe(45);
    const times = seen.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(seen[0].payload).toMatchObject({ from: 'candidate', to: 'member' });
    const [all] = await execute<{ ids: string[] }>(db.orm.em.fork(), 'select array_agg(id order by occurred_at desc, id desc) as ids from contact_activity where contact_id = ?', [busy.id]);
    expect(seen.map((e) => e.id)).toEqual(all.ids);
  });

  it('is only there through a contact the viewer can see, and refuses a forged cursor', async () => {
    expect(await timeline(outside.id, head.token, 10)).toBeNull();
    const forged = await server.gql(TIMELINE, { id: busy.id, first: 5, after: 'bm9wZQ' }, { token: head.token });
    expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', i18nKey: 'errors:cursorInvalid' });
    const tooMany = await server.gql(TIMELINE, { id: busy.id, first: 500 }, { token: head.token });
    expect(tooMany.errors![0].extensions!.i18nKey).toBe('errors:firstTooLarge');
  });

  it('reads the timelines of a page of contacts in one statement', async () => {
    const query = '{ contacts(first: 20) { edges { node { id timeline(first: 3) { totalCount edges { node { id actorName } } } } } } }';
    await server.gql(query, {}, { token: head.token });
    db.queries.length = 0;
    const res = await server.gql<{ contacts: { edges: { node: { id: string; timeline: Timeline } }[] } }>(query, {}, { token: head.token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.contacts.edges.find((e) => e.node.id === busy.id)!.node.timeline).toMatchObject({ totalCount: 45 });
    expect(db.queries.filter((q) => q.includes('contact_activity')).length).toBe(1);
  });
});

describe('logContactActivity', () => {
  it('logs an activity with its author, shows it first, and audits it', async () => {
    const res = await server.gql<{ logContactActivity: Entry }>(LOG, { contactId: other.id, kind: 'CALL', subject: '  Дзвінок   щодо зборів ', body: 'Прийде.\nВізьме сусіда.' }, { token: head.token });
    expect(res.errors).toBeUndefined();
    const logged = res.data!.logContactActivity;
    expect(logged).toMatchObject({ kind: 'CALL', subject: 'Дзвінок щодо зборів', actorName: 'Олена Бондаренко' });
    const page = (await timeline(other.id, head.token, 5))!;
    expect(page.edges[0].node).toMatchObject({ id: logged.id, kind: 'CALL', actorName: 'Олена Бондаренко' });
    const [row] = await execute<{ n: string }>(db.orm.em.fork(), `select count(*) as n from audit_log where operation = 'contact.activity.log' and record_id = ?`, [logged.id]);
    expect(Number(row.n)).toBe(1);
  });

  it('reports every bad field and logs nothing', async () => {
    const before = (await timeline(other.id, head.token, 1))!.totalCount;
    const far = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const res = await server.gql(LOG, { contactId: other.id, kind: 'NOTE', subject: 'x'.repeat(201), occurredAt: far }, { token: head.token });
    expect((res.errors![0].extensions!.fieldErrors as { field: string; i18nKey: string }[]).map((f) => `${f.field}:${f.i18nKey}`)).toEqual([
      'subject:errors:fieldTooLong', 'occurredAt:errors:activityInFuture',
    ]);
    const empty = await server.gql(LOG, { contactId: other.id, kind: 'NOTE', subject: ' ', body: '' }, { token: head.token });
    expect((empty.errors![0].extensions!.fieldErrors as { field: string }[]).map((f) => f.field)).toEqual(['subject']);
    expect((await timeline(other.id, head.token, 1))!.totalCount).toBe(before);
  });

  it('needs write access to the contact: not found out of sight, forbidden for a member', async () => {
    const hidden = await server.gql(LOG, { contactId: outside.id, kind: 'NOTE', subject: 'x' }, { token: head.token });
    expect(hidden.errors![0].extensions!.code).toBe('NOT_FOUND');
    const own = await server.gql(LOG, { contactId: other.id, kind: 'NOTE', subject: 'x' }, { token: member });
    expect(own.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
