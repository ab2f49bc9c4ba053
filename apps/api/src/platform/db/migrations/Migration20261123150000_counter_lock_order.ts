import { Migration } from '@mikro-orm/migrations';

/**
 * Contacts added at the same time in different branches both update their shared ancestors'
 * counters (the region, HQ). One UPDATE locks those rows in whatever order its plan meets
 * them, so two such statements could deadlock. Locking the rows first, in id order, makes
 * every writer take them in the same order: they queue instead.
 */
export class Migration20261123150000_counter_lock_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function org_unit_counter_apply(delta_rows jsonb) returns void language plpgsql as $$
      declare
        ids uuid[];
        directs int[];
        subtrees int[];
      begin
        with d as (
          select (e->>'org_unit_id')::uuid as unit_id, (e->>'path')::ltree as path, (e->>'n')::int as n
          from jsonb_array_elements(delta_rows) e
        ), agg as (
          -- One row per affected unit with both deltas: a statement may update a row only once.
          select u.id, coalesce(sum(d.n) filter (where d.unit_id = u.id), 0)::int as direct_n, sum(d.n)::int as subtree_n
          from org_unit u join d on u.path @> d.path group by u.id
        )
        select array_agg(id order by id), array_agg(direct_n order by id), array_agg(subtree_n order by id)
          into ids, directs, subtrees from agg;
        if ids is null then
          return;
        end if;
        perform 1 from org_unit_counter where org_unit_id = any(ids) order by org_unit_id for update;
        update org_unit_counter c
           set direct_contacts = c.direct_contacts + x.direct_n,
               subtree_contacts = c.subtree_contacts + x.subtree_n
          from unnest(ids, directs, subtrees) as x (id, direct_n, subtree_n)
         where c.org_unit_id = x.id;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      create or replace function org_unit_counter_apply(delta_rows jsonb) returns void language sql as $$
        with d as (
          select (e->>'org_unit_id')::uuid as unit_id, (e->>'path')::ltree as path, (e->>'n')::int as n
          from jsonb_array_elements(delta_rows) e
        ), agg as (
          select u.id,
                 coalesce(sum(d.n) filter (where d.unit_id = u.id), 0) as direct_n,
                 sum(d.n) as subtree_n
          from org_unit u join d on u.path @> d.path group by u.id
        )
        update org_unit_counter c
           set direct_contacts = c.direct_contacts + agg.direct_n,
               subtree_contacts = c.subtree_contacts + agg.subtree_n
          from agg where c.org_unit_id = agg.id;
      $$;`);
  }
}
