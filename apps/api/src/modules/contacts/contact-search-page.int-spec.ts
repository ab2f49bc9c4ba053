import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Viewer } from '../../platform/auth/viewer';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { buildTree, insertContacts, type FixtureContact, type Tree } from '../../test-support/tree-fixture';
import { contactConditions, pageReader } from './contact-page-reader';
import { findSearchPage } from './contact-search-page';

let db: FreshDatabase;
let tree: Tree;

/** Many matches, all late in the alphabet, behind many non-matching names: the slow walk. */
beforeAll(async () => {
  db = await createFreshDatabase('searchpage');
  tree = await buildTree(db.orm.em.fork(), [1], 0, 'ua');
  const unit = tree.units[1];
  const person = (lastName: string, i: number): FixtureContact => ({
    id: randomUUID(), unitId: unit.id, path: unit.path, lastName, firstName: `Особа${String(i).padStart(5, '0')}`,
    phone: `+38050${String(1_000_000 + i)}`, email: `p${i}.${lastName.length}@example.org`,
  });
  await insertContacts(db.orm.em.fork(), Array.from({ length: 40_000 }, (_, i) => person('Андрієнко', i)));
  await insertContacts(db.orm.em.fork(), Array.from({ length: 12_000 }, (_, i) => person('Ющенко', i)));
  await db.orm.em.fork().getConnection().execute('analyze contact');
});

afterAll(async () => {
  await db?.drop();
});

const admin = () => new Viewer(randomUUID(), null, null, null, [{ role: 'admin', reach: 'SUBTREE', unitId: tree.units[0].id, unitPath: tree.units[0].path }]);

/** The first 26 Ющенко, as the viewer may see them. */
const yushchenko = (viewer: Viewer | null) => pageReader(contactConditions(viewer, [{ sql: 'c.search_doc like ?', params: ['%iushch%'] }]), 26);

describe('findSearchPage', () => {
  it('gives the same first page by either plan, falling back to sorting when the walk is over budget', async () => {
    db.queries.length = 0;
    const sorted = await yushchenko(admin())(db.orm.em.fork(), 'sort');
    const walked = await findSearchPage(db.orm.em.fork(), yushchenko(admin()), 60_000);
    const fallback = await findSearchPage(db.orm.em.fork(), yushchenko(admin()), 1);
    const names = (rows: { firstName: string }[]) => rows.map((r) => r.firstName);
    expect(names(sorted)).toEqual(Array.from({ length: 26 }, (_, i) => `Особа${String(i).padStart(5, '0')}`));
    expect(names(walked)).toEqual(names(sorted));
    expect(names(fallback)).toEqual(names(sorted));
    expect(db.queries.filter((q) => q.includes('statement_timeout'))).toHaveLength(2);
    expect(db.queries.filter((q) => q.includes("sort_name || ''"))).toHaveLength(2);
  });

  it('keeps the scope inside the budgeted transaction', async () => {
    expect(await findSearchPage(db.orm.em.fork(), yushchenko(null), 60_000)).toEqual([]);
    expect(await findSearchPage(db.orm.em.fork(), yushchenko(null), 1)).toEqual([]);
  });
});
