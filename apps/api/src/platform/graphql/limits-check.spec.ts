import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryLimitError } from './limits-check';

const schema = buildSchema(`
  type Item { id: ID! children: [Item!]! }
  type Conn { edges: [Edge!]! }
  type Edge { node: Item! }
  type Query { items(first: Int, search: String): Conn! }
`);

const document = parse('query($n: Int, $s: String) { items(first: $n, search: $s) { edges { node { children { children { id } } } } } }');

describe('queryLimitError', () => {
  it('judges each page size of one document on its own', () => {
    expect(queryLimitError(schema, document, { n: 1 })).toBeNull();
    expect(queryLimitError(schema, document, { n: 100 })?.extensions.i18nKey).toBe('errors:queryTooCostly');
    expect(queryLimitError(schema, document, { n: 1 })).toBeNull();
  });

  it('gives the remembered verdict whatever the text variables, and again after many variants', () => {
    const first = queryLimitError(schema, document, { n: 100, s: 'a' });
    expect(queryLimitError(schema, document, { s: 'b', n: 100 })).toBe(first);
    for (let n = 0; n < 200; n++) queryLimitError(schema, document, { n });
    expect(queryLimitError(schema, document, { n: 100 })?.extensions.i18nKey).toBe('errors:queryTooCostly');
    expect(queryLimitError(schema, document, { n: 2 })).toBeNull();
  });
});
