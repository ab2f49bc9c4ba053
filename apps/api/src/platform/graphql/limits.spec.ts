import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_COST, queryLimitsRule } from './limits';

const schema = buildSchema(`
  type Item { id: ID! children: [Item!]! }
  type Conn { edges: [Edge!]! totalCount: Int! }
  type Edge { node: Item! }
  type Query { items(first: Int, after: String): Conn! item: Item }
`);

function errors(query: string, variables: Record<string, unknown> = {}) {
  return validate(schema, parse(query), [queryLimitsRule(variables)]).map((e) => e.extensions.i18nKey);
}

describe('queryLimitsRule', () => {
  it('lets an ordinary page through', () => {
    expect(errors('{ items(first: 100) { totalCount edges { node { id children { id } } } } }')).toEqual([]);
  });
  it('multiplies by first from variables, capped at the page limit', () => {
    const q = 'query($n: Int) { items(first: $n) { edges { node { children { children { id } } } } } }';
    expect(errors(q, { n: 1 })).toEqual([]);
    expect(errors(q, { n: 100 })).toEqual(['errors:queryTooCostly']);
    expect(errors(q, { n: 5000 })).toEqual(errors(q, { n: 100 }));
  });
  it('refuses depth, aliases and cost, one at a time', () => {
    expect(errors(`{ item { ${'children { '.repeat(12)}id${' }'.repeat(12)} } }`)).toEqual(['errors:queryTooDeep']);
    expect(errors(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: item { id }`).join(' ')} }`)).toEqual(['errors:tooManyAliases']);
    expect(MAX_COST).toBeGreaterThan(1000);
  });
  it('does not loop on fragment cycles', () => {
    expect(() => errors('fragment A on Item { ...B } fragment B on Item { ...A } { item { ...A } }')).not.toThrow();
  });
});
