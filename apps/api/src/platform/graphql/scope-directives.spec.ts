import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildDeclaredSchema, printSchema } from '../../schema';
import { applyScopeDirectives, rootFieldMarks } from './scope-directives';

const DIRECTIVES = `
  directive @orgScope(domain: String!, action: String! = "read") on FIELD_DEFINITION
  directive @public on FIELD_DEFINITION
`;

function sdl(query: string, mutation = ''): GraphQLSchema {
  return buildSchema(`${DIRECTIVES}\ntype Query { ${query} }\n${mutation ? `type Mutation { ${mutation} }` : ''}`);
}

describe('applyScopeDirectives refuses a schema it cannot vouch for', () => {
  it('throws on an unmarked root field and names it', () => {
    expect(() => applyScopeDirectives(sdl('open: Int @public  forgotten: Int'))).toThrow(/Query\.forgotten/);
    expect(() => applyScopeDirectives(sdl('open: Int @public', 'save: Boolean'))).toThrow(/Mutation\.save/);
  });

  it('throws on a field with both marks', () => {
    expect(() => applyScopeDirectives(sdl('both: Int @public @orgScope(domain: "contacts")'))).toThrow(/Query\.both/);
  });

  it('throws on an unknown domain or action', () => {
    expect(() => applyScopeDirectives(sdl('x: Int @orgScope(domain: "payroll")'))).toThrow(/Query\.x/);
    expect(() => applyScopeDirectives(sdl('x: Int @orgScope(domain: "contacts", action: "delete")'))).toThrow(/Query\.x/);
  });

  it('marks each root field once, with the default action read', () => {
    const marks = rootFieldMarks(sdl('a: Int @public  b: Int @orgScope(domain: "org")  c: Int', 'd: Int @orgScope(domain: "contacts", action: "write")'));
    expect(Object.fromEntries(marks)).toEqual({
      'Query.a': { kind: 'public' },
      'Query.b': { kind: 'orgScope', domain: 'org', action: 'read' },
      'Query.c': null,
      'Mutation.d': { kind: 'orgScope', domain: 'contacts', action: 'write' },
    });
  });
});

describe('the wrapped resolvers', () => {
  const schema = applyScopeDirectives(sdl('open: String @public  secret: String @orgScope(domain: "contacts")'));
  const rootValue = { open: () => 'hello', secret: () => 'the list' };
  const run = (query: string, viewer: unknown) => graphql({ schema, source: query, rootValue, contextValue: { viewer } });

  it('answers a @public field to anyone', async () => {
    expect((await run('{ open }', null)).data).toEqual({ open: 'hello' });
  });

  it('refuses a scoped field without a viewer (UNAUTHENTICATED) and without the permission (FORBIDDEN)', async () => {
    const anonymous = await run('{ secret }', null);
    expect(anonymous.data).toEqual({ secret: null });
    expect(anonymous.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    const asked: string[] = [];
    const refused = await run('{ secret }', { can: (d: string, a: string) => (asked.push(`${d}:${a}`), false) });
    expect(refused.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect(asked).toEqual(['contacts:read']);
  });

  it('calls through when the viewer may', async () => {
    const allowed = await run('{ secret open }', { can: () => true });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data).toEqual({ secret: 'the list', open: 'hello' });
  });
});

describe('the real schema', () => {
  it('has every Query and Mutation field marked, and the scoped reads on the right domains', async () => {
    const schema = await buildDeclaredSchema();
    const marks = rootFieldMarks(schema);
    expect([...marks].filter(([, mark]) => mark === null).map(([name]) => name)).toEqual([]);
    expect([...marks.keys()].some((name) => name.startsWith('Mutation.'))).toBe(true);
    expect(marks.get('Query.contacts')).toEqual({ kind: 'orgScope', domain: 'contacts', action: 'read' });
    expect(marks.get('Query.contact')).toEqual({ kind: 'orgScope', domain: 'contacts', action: 'read' });
    expect(marks.get('Query.orgUnit')).toEqual({ kind: 'orgScope', domain: 'org', action: 'read' });
    expect(marks.get('Query.rootOrgUnits')).toEqual({ kind: 'orgScope', domain: 'org', action: 'read' });
    expect(marks.get('Query.me')).toEqual({ kind: 'public' });
    expect(() => applyScopeDirectives(schema)).not.toThrow();
  });

  it('prints the marks into schema.graphql', async () => {
    const printed = printSchema(await buildDeclaredSchema());
    expect(printed).toContain('@orgScope(');
    expect(printed).toContain('@public');
    expect(printed).toMatch(/contacts\([^)]*\)[^\n]*@orgScope\(domain: "contacts"/s);
  });
});
