import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSessionToken, newSessionToken } from '../../auth/session-token';
import { VIEWER_CHANNEL } from '../../auth/viewer-invalidation';
import { execute } from '../sql';
import { createFreshDatabase, type FreshDatabase } from '../../../test-support/fresh-database';
import { buildTree, createUserWithSession, insertContacts, type Tree } from '../../../test-support/tree-fixture';

let db: FreshDatabase;
let tree: Tree;
let listener: pg.Client;
let userId: string;
let otherUserId: string;
const received: string[] = [];

beforeAll(async () => {
  db = await createFreshDatabase('viewer_notify');
  const em = db.orm.em.fork();
  tree = await buildTree(em, [2], 2, 'ua');
  userId = (await createUserWithSession(em, { email: 'member@test.org', contactId: tree.contacts[0].id, assignments: [{ role: 'manager', reach: 'SUBTREE', unitId: tree.units[1].id }] })).userId;
  otherUserId = (await createUserWithSession(em, { email: 'other@test.org', assignments: [] })).userId;
  listener = new pg.Client({ connectionString: db.url });
  await listener.connect();
  listener.on('notification', (message) => received.push(message.payload ?? ''));
  await listener.query(`LISTEN ${VIEWER_CHANNEL}`);
});

afterAll(async () => {
  await listener?.end();
  await db?.drop();
});

function sql(query: string, params: unknown[] = []): () => Promise<unknown> {
  return () => execute(db.orm.em.fork(), query, params);
}

/**
 * The notifications a change causes. A marker notification sent after it arrives after
 * anything the change's commit sent, so no waiting for something that should not come.
 */
async function notificationsFrom(change: () => Promise<unknown>): Promise<string[]> {
  received.length = 0;
  await change();
  const marker = `marker:${randomUUID()}`;
  await execute(db.orm.em.fork(), 'select pg_notify(?, ?)', [VIEWER_CHANNEL, marker]);
  await expect.poll(() => received.includes(marker), { timeout: 2_000, interval: 5 }).toBe(true);
  return received.filter((payload) => payload !== marker);
}

describe('viewer change notifications', () => {
  const notifying: [string, () => () => Promise<unknown>][] = [
    ['revoking a session', () => sql('update session set revoked_at = now() where user_id = ?', [otherUserId])],
    ['changing when a session expires', () => sql(`update session set expires_at = expires_at + interval '1 day' where user_id = ?`, [userId])],
    ['deleting a session', () => sql('delete from session where user_id = ?', [otherUserId])],
    ['assigning a role', () => sql(`insert into role_assignment (id, user_id, role, org_unit_id, reach) values (?, ?, 'viewer', ?, 'UNIT')`, [randomUUID(), userId, tree.units[2].id])],
    ['changing a role assignment', () => sql(`update role_assignment set reach = 'UNIT' where user_id = ? and role = 'manager'`, [userId])],
    ['removing a role assignment', () => sql(`delete from role_assignment where user_id = ? and role = 'viewer'`, [userId])],
    ['disabling a user', () => sql('update app_user set disabled_at = now() where id = ?', [otherUserId])],
    ['deleting a user', () => sql('delete from app_user where id = ?', [otherUserId])],
    ['changing an org unit path', () => sql('update org_unit set path = path where id = ?', [tree.units[1].id])],
    ['moving a contact to another unit', () => sql('update contact set org_unit_id = ? where id = ?', [tree.units[2].id, tree.contacts[0].id])],
    ['writing a contact path', () => sql('update contact set org_path = org_path where id = ?', [tree.contacts[0].id])],
  ];
  it.each(notifying)('notifies on %s', async (_name, change) => {
    expect(await notificationsFrom(change())).toEqual(['*']);
  });

  const silent: [string, () => () => Promise<unknown>][] = [
    ['refreshing last_seen_at', () => sql('update session set last_seen_at = now() where user_id = ?', [userId])],
    ['opening a session', () => sql(`insert into session (id, token_hash, user_id, expires_at) values (?, ?, ?, now() + interval '1 day')`, [randomUUID(), hashSessionToken(newSessionToken()), userId])],
    ['renaming a contact', () => sql(`update contact set first_name = first_name || '!'`)],
    ['adding a contact', () => () => insertContacts(db.orm.em.fork(), [{ ...tree.contacts[1], id: randomUUID(), email: 'new@test.org' }])],
    ['renaming an org unit', () => sql(`update org_unit set name_en = name_en || '!'`)],
  ];
  it.each(silent)('does not notify on %s', async (_name, change) => {
    expect(await notificationsFrom(change())).toEqual([]);
  });

  it('notifies once per transaction, and not at all when it rolls back', async () => {
    const twice = () => db.orm.em.fork().transactional(async (tx) => {
      await execute(tx, 'update app_user set disabled_at = null where id = ?', [userId]);
      await execute(tx, `update role_assignment set reach = 'SUBTREE' where user_id = ?`, [userId]);
    });
    expect(await notificationsFrom(twice)).toEqual(['*']);

    const rolledBack = () => db.orm.em.fork().transactional(async (tx) => {
      await execute(tx, 'update app_user set disabled_at = now() where id = ?', [userId]);
      throw new Error('changed my mind');
    }).catch(() => undefined);
    expect(await notificationsFrom(rolledBack)).toEqual([]);
  });
});

describe('Migration20261123100000_viewer_notify', () => {
  it('goes down and up again', async () => {
    const triggers = async () =>
      (await execute<{ tgname: string }>(db.orm.em.fork(), `select tgname from pg_trigger where tgname like '%viewer_notify' order by 1`)).map((r) => r.tgname);
    expect(await triggers()).toHaveLength(5);
    await db.orm.getMigrator().down('Migration20261123100000_viewer_notify');
    expect(await triggers()).toEqual([]);
    expect(await notificationsFrom(sql('delete from role_assignment where user_id = ?', [userId]))).toEqual([]);
    await db.orm.getMigrator().up();
    expect(await triggers()).toHaveLength(5);
  });
});
