import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scopePredicate, type ScopeColumns } from './scope-sql';
import { EMPTY_SCOPE, type DomainScope, type Grant } from './viewer';

const CONTACT: ScopeColumns = { path: 'org_path', unit: 'org_unit_id', self: 'id' };
const ORG_UNIT: ScopeColumns = { path: 'path', ancestors: true };
const PATH_ONLY: ScopeColumns = { path: 'p' };
const SHARED_DOWN: ScopeColumns = { path: 'org_path', sharedDown: true };

const g = (path: string, reach: Grant['reach']): Grant => ({ unitId: `id:${path}`, path, reach });
const scope = (grants: Grant[], self: { id: string; path: string } | null = null): DomainScope => ({
  grants,
  selfContactId: self?.id ?? null,
  selfContactPath: self?.path ?? null,
});

function under(path: string, ancestor: string): boolean {
  const p = path.split('.');
  const q = ancestor.split('.');
  return q.length <= p.length && q.every((label, i) => p[i] === label);
}

/**
 * Evaluates the predicate for one row, reading the SQL back: `(a or b …)` whose parts are
 * `col <@ ?::ltree`, `col @> ?::ltree`, `col = ?::ltree` or `col = ?`. Anything else fails.
 */
function evaluate(fragment: { sql: string; params: unknown[] }, row: Record<string, string>): boolean {
  if (fragment.sql === 'false') return false;
  const inner = /^\((.*)\)$/.exec(fragment.sql);
  if (!inner) throw new Error(`unexpected predicate ${fragment.sql}`);
  let param = 0;
  let result = false;
  for (const part of inner[1].split(' or ')) {
    const m = /^([\w.]+) (<@|@>|=) \?(::ltree)?$/.exec(part);
    if (!m) throw new Error(`unexpected part ${part}`);
    const value = row[m[1]];
    const arg = String(fragment.params[param++]);
    if (value === undefined) throw new Error(`unknown column ${m[1]}`);
    if (m[2] === '<@') result ||= under(value, arg);
    else if (m[2] === '@>') result ||= under(arg, value);
    else result ||= value === arg;
  }
  expect(param, 'every placeholder has its parameter').toBe(fragment.params.length);
  return result;
}

describe('scopePredicate', () => {
  it('is false for an empty scope, whatever the columns', () => {
    for (const columns of [CONTACT, ORG_UNIT, PATH_ONLY]) {
      expect(scopePredicate(EMPTY_SCOPE, columns)).toEqual({ sql: 'false', params: [] });
      expect(scopePredicate(EMPTY_SCOPE, columns, 'x')).toEqual({ sql: 'false', params: [] });
    }
  });

  it('turns a SUBTREE grant into an indexable path <@ ?', () => {
    expect(scopePredicate(scope([g('ua.r1', 'SUBTREE')]), CONTACT, 'c')).toEqual({ sql: '(c.org_path <@ ?::ltree)', params: ['ua.r1'] });
    expect(scopePredicate(scope([g('ua.r1', 'SUBTREE')]), CONTACT)).toEqual({ sql: '(org_path <@ ?::ltree)', params: ['ua.r1'] });
  });

  it('turns a UNIT grant into an equality on the unit column, or on the path without one', () => {
    expect(scopePredicate(scope([g('ua.r1.d1', 'UNIT')]), CONTACT, 'c')).toEqual({ sql: '(c.org_unit_id = ?)', params: ['id:ua.r1.d1'] });
    expect(scopePredicate(scope([g('ua.r1.d1', 'UNIT')]), PATH_ONLY, 't')).toEqual({ sql: '(t.p = ?::ltree)', params: ['ua.r1.d1'] });
  });

  it('admits ancestors of every grant when the type asks (org units, for breadcrumbs)', () => {
    expect(scopePredicate(scope([g('ua.r1', 'SUBTREE'), g('ua.r2.d1', 'UNIT')]), ORG_UNIT, 'u')).toEqual({
      sql: '(u.path <@ ?::ltree or u.path @> ?::ltree or u.path @> ?::ltree)',
      params: ['ua.r1', 'ua.r1', 'ua.r2.d1'],
    });
  });

  it('admits rows owned at or above a grant for types shared down the tree, but not through self access', () => {
    const s = scope([g('ua.r1', 'SUBTREE'), g('ua.r2.d1', 'UNIT')], { id: 'c-1', path: 'ua.r3' });
    expect(scopePredicate(s, SHARED_DOWN, 'g')).toEqual({
      sql: '(g.org_path <@ ?::ltree or g.org_path @> ?::ltree or g.org_path @> ?::ltree)',
      params: ['ua.r1', 'ua.r1', 'ua.r2.d1'],
    });
    expect(scopePredicate(scope([], { id: 'c-1', path: 'ua.r3' }), SHARED_DOWN, 'g')).toEqual({ sql: 'false', params: [] });
  });

  it("adds the viewer's own record by id, last, with its parameter last", () => {
    const s = scope([g('ua.r1', 'SUBTREE'), g('ua.r2', 'UNIT')], { id: 'c-1', path: 'ua.r3' });
    expect(scopePredicate(s, CONTACT, 'c')).toEqual({
      sql: '(c.org_path <@ ?::ltree or c.org_unit_id = ? or c.id = ?)',
      params: ['ua.r1', 'id:ua.r2', 'c-1'],
    });
    expect(scopePredicate(scope([], { id: 'c-1', path: 'ua.r3' }), CONTACT)).toEqual({ sql: '(id = ?)', params: ['c-1'] });
    // A type without a self column ignores it.
    expect(scopePredicate(scope([], { id: 'c-1', path: 'ua.r3' }), PATH_ONLY)).toEqual({ sql: 'false', params: [] });
  });

  const paths = ['ua', 'ua.r1', 'ua.r10', 'ua.r1.d1', 'ua.r1.d2', 'ua.r10.d1', 'ua.r1.d1.b1', 'ua.r10.d1.b1'];
  const grantArb = fc.record({ path: fc.constantFrom(...paths), reach: fc.constantFrom<Grant['reach']>('UNIT', 'SUBTREE') });
  const scopeArb = fc.record({
    grants: fc.array(grantArb, { maxLength: 5 }),
    self: fc.option(fc.constantFrom(...paths), { nil: null }),
  });

  it('lines placeholders and parameters up, and admits exactly the covered rows (property)', () => {
    fc.assert(
      fc.property(scopeArb, ({ grants, self }) => {
        const s = scope(
          grants.map((x) => g(x.path, x.reach)),
          self === null ? null : { id: `contact@${self}`, path: self },
        );
        for (const [columns, alias] of [[CONTACT, 'c'], [ORG_UNIT, 'u'], [PATH_ONLY, undefined]] as const) {
          const fragment = scopePredicate(s, columns, alias);
          expect((fragment.sql.match(/\?/g) ?? []).length).toBe(fragment.params.length);
        }
        for (const path of paths) {
          // A contact row at each path, once as someone else and once as the viewer's own record.
          for (const id of [`other@${path}`, `contact@${path}`]) {
            const row = { 'c.org_path': path, 'c.org_unit_id': `id:${path}`, 'c.id': id };
            const expected =
              s.grants.some((x) => (x.reach === 'SUBTREE' ? under(path, x.path) : x.path === path)) || id === s.selfContactId;
            expect(evaluate(scopePredicate(s, CONTACT, 'c'), row), `contact ${id}`).toBe(expected);
          }
          const unitRow = { 'u.path': path };
          const visibleUnit =
            s.grants.some((x) => under(x.path, path) || (x.reach === 'SUBTREE' && under(path, x.path))) ||
            (s.selfContactPath !== null && under(s.selfContactPath, path));
          expect(evaluate(scopePredicate(s, ORG_UNIT, 'u'), unitRow), `unit ${path}`).toBe(visibleUnit);
          const sharedRow = { 'g.org_path': path };
          const shared = s.grants.some((x) => under(x.path, path) || (x.reach === 'SUBTREE' && under(path, x.path)));
          expect(evaluate(scopePredicate(s, SHARED_DOWN, 'g'), sharedRow), `shared ${path}`).toBe(shared);
        }
      }),
      { numRuns: 300 },
    );
  });
});
