import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../platform/db/sql';
import { createFreshDatabase, type FreshDatabase } from '../../test-support/fresh-database';
import { buildTree, type Tree } from '../../test-support/tree-fixture';

let db: FreshDatabase;
let tree: Tree;

beforeAll(async () => {
  db = await createFreshDatabase('counter');
  tree = await buildTree(db.orm.em.fork(), [2, 3], 2, 'ua');
});

afterAll(async () => {
  await db?.drop();
});

/** Counters as stored vs. counted from the rows themselves, for every unit. */
async function mismatches(): Promise<unknown[]> {
  return execute(
    db.orm.em.fork(),
    `select u.code, c.direct_contacts, c.subtree_contacts,
            (select count(*) from contact x where x.org_unit_id = u.id)::int as direct,
            (select count(*) from contact x where x.org_path <@ u.path)::int as subtree
       from org_unit u join org_unit_counter c on c.org_unit_id = u.id
      where c.direct_contacts <> (select count(*) from contact x where x.org_unit_id = u.id)
         or c.subtree_contacts <> (select count(*) from contact x where x.org_path <@ u.path)`,
  );
}

describe('org_unit_counter', () => {
  it('matches the rows after a bulk insert', async () => {
    expect(await mismatches()).toEqual([]);
    const [hq] = await execute<{ subtree_contacts: number }>(db.orm.em.fork(), 'select subtree_contacts from org_unit_counter where org_unit_id = ?', [tree.units[0].id]);
    expect(hq.subtree_contacts).toBe(tree.contacts.length);
  });

  it('follows a contact moved to another region, and keeps org_path in step', async () => {
    const leaf = tree.units[tree.units.length - 1];
    const mover = tree.contacts.find((c) => c.unitId === tree.units[2].id)!;
    await execute(db.orm.em.fork(), 'update contact set org_unit_id = ? where id = ?', [leaf.id, mover.id]);
    const [row] = await execute<{ org_path: string }>(db.orm.em.fork(), 'select org_path::text from contact where id = ?', [mover.id]);
    expect(row.org_path).toBe(leaf.path);
    expect(await mismatches()).toEqual([]);
  });

  it('follows deletes and updates that do not move anyone', async () => {
    await execute(db.orm.em.fork(), `update contact set first_name = first_name || '!'`);
    await execute(db.orm.em.fork(), 'delete from contact where id in (select id from contact order by id limit 5)');
    expect(await mismatches()).toEqual([]);
  });

  it('stays right when one transaction inserts, moves and deletes', async () => {
    await db.orm.em.fork().transactional(async (tx) => {
      const unit = tree.units[3];
      await execute(tx, `insert into contact (id, org_unit_id, org_path, first_name, last_name, sort_name, search_doc)
        values (gen_random_uuid(), ?, ?::ltree, 'Нова', 'Особа', 'Особа Нова', 'osoba nova')`, [unit.id, unit.path]);
      await execute(tx, 'update contact set org_unit_id = ? where org_unit_id = ?', [tree.units[4].id, unit.id]);
      await execute(tx, 'delete from contact where org_unit_id = ? and last_name = ?', [tree.units[4].id, 'Особа']);
    });
    expect(await mismatches()).toEqual([]);
  });

  it('takes concurrent inserts in different branches without deadlocks', async () => {
    const leaves = tree.units.filter((u) => !tree.units.some((o) => o.parentId === u.id));
    // Each transaction holds its counter locks a moment, so the inserts overlap.
    const insertions = Array.from({ length: 24 }, (_, i) => leaves[i % leaves.length]).map((unit, i) =>
      db.orm.em.fork().transactional(async (em) => {
        await execute(em, `insert into contact (id, org_unit_id, org_path, first_name, last_name, sort_name, search_doc)
                           values (gen_random_uuid(), ?, ?::ltree, 'Паралельний', ?, ?, 'paralelnii')`, [unit.id, unit.path, `К${i}`, `К${i} Паралельний`]);
        await execute(em, 'select pg_sleep(0.05)');
      }),
    );
    const results = await Promise.allSettled(insertions);
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    expect(await mismatches()).toEqual([]);
  });
});
