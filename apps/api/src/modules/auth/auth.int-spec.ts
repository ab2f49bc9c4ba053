import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/auth/password';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession, type Tree } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let tree: Tree;
const PASSWORD = 'correct horse battery';

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt me { email displayName roles { role reach orgUnit { id name } } } }
}`;
const ME = `{ me { id email roles { role reach orgUnit { id } } } }`;
const LOGOUT = `mutation { logout }`;

/** Each test signs in from its own address, so per-address throttling stays within a test. */
function from(ip: string): Record<string, string> {
  return { 'x-forwarded-for': ip };
}

async function addUser(email: string): Promise<void> {
  const em = db.orm.em.fork();
  const { userId } = await createUserWithSession(em, { email, assignments: [{ role: 'manager', reach: 'SUBTREE', unitId: tree.units[1].id }] });
  await execute(em, 'update app_user set password_hash = ? where id = ?', [await hashPassword(PASSWORD), userId]);
}

beforeAll(async () => {
  db = await createFreshDatabase('auth');
  tree = await buildTree(db.orm.em.fork(), [2, 2], 1, 'ua');
  server = await startTestServer(db.orm, { trustProxy: true });
  await addUser('olena@example.org');
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('login', () => {
  it('returns a bearer token, sets an HttpOnly SameSite=Lax cookie, and both authenticate', async () => {
    const res = await server.gql<{ login: { token: string; me: { email: string; roles: unknown[] } } }>(
      LOGIN, { email: ' Olena@Example.org ', password: PASSWORD }, { headers: from('10.0.0.1') },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.me.email).toBe('olena@example.org');
    expect(res.data!.login.me.roles).toHaveLength(1);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^hromada_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);

    const viaBearer = await server.gql<{ me: { email: string } }>(ME, {}, { token: res.data!.login.token });
    expect(viaBearer.data!.me.email).toBe('olena@example.org');
    const viaCookie = await server.gql<{ me: { email: string } }>(ME, {}, { cookie: cookie.split(';')[0] });
    expect(viaCookie.data!.me.email).toBe('olena@example.org');
  });

  it('marks the cookie Secure behind https', async () => {
    const res = await server.gql(LOGIN, { email: 'olena@example.org', password: PASSWORD }, { headers: { ...from('10.0.0.2'), 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('gives one generic message for a wrong password and an unknown e-mail', async () => {
    const wrongPassword = await server.gql(LOGIN, { email: 'olena@example.org', password: 'nope' }, { headers: from('10.0.0.3') });
    const unknownEmail = await server.gql(LOGIN, { email: 'nobody@example.org', password: PASSWORD }, { headers: from('10.0.0.3') });
    expect(wrongPassword.data).toBeNull();
    expect(wrongPassword.errors![0].message).toBe(unknownEmail.errors![0].message);
    expect(wrongPassword.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', i18nKey: 'errors:invalidCredentials' });
    expect(unknownEmail.errors![0].extensions).toEqual(wrongPassword.errors![0].extensions);
  });

  it('refuses a malformed e-mail as a field error, without recording an attempt', async () => {
    const before = await execute(db.orm.em.fork(), 'select count(*)::int as n from login_attempt');
    const res = await server.gql(LOGIN, { email: 'not-an-email', password: PASSWORD }, { headers: from('10.0.0.4') });
    expect(res.errors![0].extensions).toMatchObject({ i18nKey: 'errors:emailInvalid', field: 'email' });
    expect(await execute(db.orm.em.fork(), 'select count(*)::int as n from login_attempt')).toEqual(before);
  });

  it('refuses further attempts after 5 failures for an account, even with the right password', async () => {
    await addUser('taras@example.org');
    for (let i = 0; i < 5; i++) {
      const res = await server.gql(LOGIN, { email: 'taras@example.org', password: `wrong-${i}` }, { headers: from(`10.1.0.${i}`) });
      expect(res.errors![0].extensions!.i18nKey).toBe('errors:invalidCredentials');
    }
    const blocked = await server.gql(LOGIN, { email: 'taras@example.org', password: PASSWORD }, { headers: from('10.1.1.1') });
    expect(blocked.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', i18nKey: 'errors:loginThrottled' });
    expect((blocked.errors![0].extensions!.params as { minutes: number }).minutes).toBeGreaterThanOrEqual(14);
  });

  it('refuses further attempts after 30 failures from one address', async () => {
    for (let i = 0; i < 30; i++) {
      await server.gql(LOGIN, { email: `guess${i}@example.org`, password: 'x' }, { headers: from('10.2.0.1') });
    }
    const blocked = await server.gql(LOGIN, { email: 'olena@example.org', password: PASSWORD }, { headers: from('10.2.0.1') });
    expect(blocked.errors![0].extensions!.i18nKey).toBe('errors:loginThrottled');
    const elsewhere = await server.gql(LOGIN, { email: 'olena@example.org', password: PASSWORD }, { headers: from('10.2.0.2') });
    expect(elsewhere.errors).toBeUndefined();
  });

  it('audits successful and failed sign-ins', async () => {
    const rows = await execute<{ operation: string; n: number }>(
      db.orm.em.fork(),
      `select operation, count(*)::int as n from audit_log where operation in ('login', 'login.failed') group by operation`,
    );
    const byOp = Object.fromEntries(rows.map((r) => [r.operation, r.n]));
    expect(byOp.login).toBeGreaterThanOrEqual(3);
    expect(byOp['login.failed']).toBeGreaterThanOrEqual(36);
  });
});

describe('logout and CSRF', () => {
  it('revokes the session so the token no longer works', async () => {
    const login = await server.gql<{ login: { token: string } }>(LOGIN, { email: 'olena@example.org', password: PASSWORD }, { headers: from('10.3.0.1') });
    const token = login.data!.login.token;
    const out = await server.gql(LOGOUT, {}, { token });
    expect(out.data).toEqual({ logout: true });
    expect(out.headers.get('set-cookie')).toMatch(/hromada_session=;/);
    const after = await server.gql(ME, {}, { token });
    expect(after.data).toEqual({ me: null });
    const audit = await execute(db.orm.em.fork(), `select 1 from audit_log where operation = 'logout'`);
    expect(audit.length).toBeGreaterThanOrEqual(1);
  });

  it('requires the CSRF header for cookie-authenticated mutations, not for bearer tokens', async () => {
    const login = await server.gql(LOGIN, { email: 'olena@example.org', password: PASSWORD }, { headers: from('10.3.0.2') });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const refused = await server.gql(LOGOUT, {}, { cookie });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CSRF', i18nKey: 'errors:csrf' });
    const stillIn = await server.gql<{ me: { email: string } | null }>(ME, {}, { cookie });
    expect(stillIn.data!.me).not.toBeNull();
    const accepted = await server.gql(LOGOUT, {}, { cookie, headers: { 'x-hromada-csrf': '1' } });
    expect(accepted.data).toEqual({ logout: true });
  });

  it('treats a revoked, expired or unknown token as signed out', async () => {
    const res = await server.gql(ME, {}, { token: 'made-up-token' });
    expect(res.data).toEqual({ me: null });
    const scoped = await server.gql(`{ rootOrgUnits { id } }`, {}, { token: 'made-up-token' });
    expect(scoped.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
