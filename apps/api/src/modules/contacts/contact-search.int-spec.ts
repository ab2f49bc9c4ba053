import { randomUUID } from 'node:crypto';
import { parseContactSearch } from '@hromada/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Viewer } from '../../platform/auth/viewer';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { buildTree, insertContacts, type FixtureContact, type Tree } from '../../test-support/tree-fixture';
import { countAndRank, findRankedPage, searchPredicates, type RankedContact, type SearchCursor } from './contact-search';

let db: FreshDatabase;
let tree: Tree;

/**
 * "koval" starts five names, sits inside two more, and one more match is out of scope.
 * In name order: Ukrainian collation puts Cyrillic before Latin.
 */
const KOVAL_PREFIX = ['Коваленко Анна', 'Коваленко Борис', 'Коваль Іван', 'Ковальчук Василь', 'Kovalenko Olena'];
const KOVAL_INSIDE = ['Андрієнко Петро', 'Бондар-Коваль Ольга'];

beforeAll(async () => {
  db = await createFreshDatabase('contactsearch');
  tree = await buildTree(db.orm.em.fork(), [2], 0, 'ks');
  const [inScope, outOfScope] = [tree.units[1], tree.units[2]];
  const person = (name: string, unit = inScope, email = `${randomUUID().slice(0, 8)}@example.org`): FixtureContact => {
    const [lastName, firstName] = name.split(' ');
    return { id: randomUUID(), unitId: unit.id, path: unit.path, lastName, firstName, phone: `+38067${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`, email };
  };
  await insertContacts(db.orm.em.fork(), [
    ...[...KOVAL_PREFIX].reverse().map((name) => person(name)),
    person(KOVAL_INSIDE[0], inScope, 'p.koval@example.org'),
    person(KOVAL_INSIDE[1]),
    person('Шевченко Тарас'),
    person('Мельник Ірина'),
    person('Коваленко Чужий', outOfScope),
  ]);
  await db.orm.em.fork().getConnection().execute('analyze contact');
});

afterAll(async () => {
  await db?.drop();
});

const viewerOf = (unit: { id: string; path: string }) => new Viewer(randomUUID(), null, null, null, [{ role: 'manager', reach: 'SUBTREE', unitId: unit.id, unitPath: unit.path }]);

const predicatesFor = (text: string, smallScope = false) => searchPredicates(parseContactSearch(text)!, smallScope);

const names = (rows: RankedContact[]) => rows.map((r) => `${r.contact.lastName} ${r.contact.firstName}`);

/** How a page is read: ranked with the count (matches under the cap), or by the index plans (over it). */
type Plan = 'counted' | 'capped';

/** Every ranked match, fetched `pageSize` at a time through the cursors. */
async function allPages(viewer: Viewer | null, text: string, pageSize: number, plan: Plan, smallScope = false): Promise<RankedContact[]> {
  const seen: RankedContact[] = [];
  let after: SearchCursor | null = null;
  for (;;) {
    const predicates = predicatesFor(text, smallScope);
    const request = { viewer, narrowing: [], predicates, after, limit: pageSize + 1 };
    const page = plan === 'counted' ? (await countAndRank(db.orm.em.fork(), request, 100)).page! : await findRankedPage(db.orm.em.fork(), request);
    seen.push(...page.slice(0, pageSize));
    if (page.length <= pageSize) return seen;
    const last = seen[seen.length - 1];
    after = [last.tier, last.contact.sortName, last.contact.id];
  }
}

describe('ranked search', () => {
  it('ranks names that start with the fragment first, each tier in name order', async () => {
    const ranked = await allPages(viewerOf(tree.units[1]), 'koval', 100, 'counted');
    expect(names(ranked)).toEqual([...KOVAL_PREFIX, ...KOVAL_INSIDE]);
    expect(ranked.map((r) => r.tier)).toEqual([0, 0, 0, 0, 0, 1, 1]);
  });

  it('gives the same ranking and pages by every plan, page size and scope strategy', async () => {
    const expected = [...KOVAL_PREFIX, ...KOVAL_INSIDE];
    for (const plan of ['counted', 'capped'] as const) {
      for (const smallScope of [false, true]) {
        for (const pageSize of [1, 2, 5]) {
          const ranked = await allPages(viewerOf(tree.units[1]), 'Коваль', pageSize, plan, smallScope);
          expect(names(ranked), `${plan} small=${smallScope} page=${pageSize}`).toEqual(expected);
        }
      }
    }
  });

  it('puts every phone match in one tier, by name', async () => {
    for (const plan of ['counted', 'capped'] as const) {
      const ranked = await allPages(viewerOf(tree.units[0]), '+38067', 3, plan);
      expect(ranked).toHaveLength(10);
      expect(new Set(ranked.map((r) => r.tier))).toEqual(new Set([1]));
      const sortNames = ranked.map((r) => r.contact.sortName);
      expect(sortNames).toEqual([...sortNames].sort((a, b) => a.localeCompare(b, 'uk')));
    }
  });

  it('never ranks what the viewer may not see', async () => {
    for (const plan of ['counted', 'capped'] as const) {
      const whole = await allPages(viewerOf(tree.units[0]), 'koval', 100, plan);
      expect(names(whole)).toContain('Коваленко Чужий');
      const scoped = await allPages(viewerOf(tree.units[1]), 'koval', 100, plan);
      expect(names(scoped)).not.toContain('Коваленко Чужий');
      expect(await allPages(null, 'koval', 100, plan)).toEqual([]);
    }
  });
});

describe('countAndRank', () => {
  it('counts both tiers, and stops at the cap whichever tier passes it, ranking no page then', async () => {
    const viewer = viewerOf(tree.units[1]);
    const count = (text: string, cap: number, viewerOrNull: Viewer | null = viewer) =>
      countAndRank(db.orm.em.fork(), { viewer: viewerOrNull, narrowing: [], predicates: predicatesFor(text), after: null, limit: 3 }, cap);
    expect(await count('koval', 100)).toMatchObject({ total: { count: 7, capped: false } });
    expect((await count('koval', 100)).page).toHaveLength(3);
    // Past the cap on prefix matches alone, and past it only with the other tier.
    expect(await count('koval', 4)).toEqual({ total: { count: 4, capped: true }, page: null });
    expect(await count('koval', 6)).toEqual({ total: { count: 6, capped: true }, page: null });
    expect(await count('+38067', 100)).toMatchObject({ total: { count: 9, capped: false } });
    expect(await count('koval', 100, null)).toEqual({ total: { count: 0, capped: false }, page: [] });
  });

  it('counts all matches but ranks only those after the cursor, and answers an empty page past the end', async () => {
    const viewer = viewerOf(tree.units[1]);
    const predicates = predicatesFor('koval');
    const from = (after: SearchCursor | null, limit: number) => countAndRank(db.orm.em.fork(), { viewer, narrowing: [], predicates, after, limit }, 100);
    const all = (await from(null, 100)).page!;
    const last = all[all.length - 1];
    const beyond = await from([last.tier, last.contact.sortName, last.contact.id], 3);
    expect(beyond).toEqual({ total: { count: 7, capped: false }, page: [] });
    const second = all[1];
    const rest = await from([second.tier, second.contact.sortName, second.contact.id], 100);
    expect(rest.page!.map((r) => r.contact.id)).toEqual(all.slice(2).map((r) => r.contact.id));
  });
});
