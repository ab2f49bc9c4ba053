import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import { buildTree, createUserWithSession } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let server: TestServer;
let prod: TestServer;
let token: string;
let rootId: string;

beforeAll(async () => {
  db = await createFreshDatabase('limits');
  const tree = await buildTree(db.orm.em.fork(), [2], 1, 'ua');
  rootId = tree.units[0].id;
  token = (await createUserWithSession(db.orm.em.fork(), { email: 'a@t.org', assignments: [{ role: 'admin', reach: 'SUBTREE', unitId: rootId }] })).token;
  server = await startTestServer(db.orm);
  prod = await startTestServer(db.orm, { production: true });
});

afterAll(async () => {
  await server?.close();
  await prod?.close();
  await db?.drop();
});

/** Runs a query and returns its errors together with the SQL it caused. */
async function refused(query: string): Promise<{ extensions: Record<string, unknown>; statements: number }> {
  db.queries.length = 0;
  const res = await server.gql(query, {}, { token });
  expect(res.data ?? null).toBeNull();
  return { extensions: res.errors![0].extensions!, statements: db.queries.length };
}

describe('query limits', () => {
  it('refuses a too deep query before any SQL runs', async () => {
    const nested = 'children { '.repeat(12) + 'id' + ' }'.repeat(12);
    const { extensions, statements } = await refused(`{ rootOrgUnits { ${nested} } }`);
    expect(extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', i18nKey: 'errors:queryTooDeep', params: { max: 12 } });
    expect(statements).toBe(0);
  });

  it('refuses a too costly query before any SQL runs', async () => {
    const { extensions, statements } = await refused(`{ rootOrgUnits { children { children { children { id name contactCount } } } } }`);
    expect(extensions).toMatchObject({ i18nKey: 'errors:queryTooCostly' });
    expect(statements).toBe(0);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ');
    const { extensions, statements } = await refused(`{ ${aliases} }`);
    expect(extensions).toMatchObject({ i18nKey: 'errors:tooManyAliases', params: { max: 30 } });
    expect(statements).toBe(0);
  });

  it('counts fragments towards depth', async () => {
    const { extensions } = await refused(
      `fragment F on OrgUnit { children { children { children { children { children { children { children { children { children { children { children { id } } } } } } } } } } } } { rootOrgUnits { ...F } }`,
    );
    expect(extensions.i18nKey).toBe('errors:queryTooDeep');
  });

  it('rejects array-batched requests', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.status).toBe(400);
  });
});

describe('production mode', () => {
  it('turns introspection off', async () => {
    const res = await prod.gql(`{ __schema { queryType { name } } }`);
    expect(res.errors![0].message).toMatch(/introspection/i);
    const dev = await server.gql(`{ __schema { queryType { name } } }`);
    expect(dev.errors).toBeUndefined();
  });
});

describe('health', () => {
  it('reports the database as up', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
