import { Migration } from '@mikro-orm/migrations';

/**
 * The counter deltas of a statement found their units with `org_unit.path @> delta.path`:
 * a GiST probe per touched branch, ~70 ms for the ~1,300 branches of a 2,000-row import
 * batch (3–5 s of a 100K-row import). The units to update are exactly the prefixes of each
 * delta's path, so they are now listed (`subpath` per level), summed per path and joined on
 * the path's unique btree: ~8 ms for such a batch, the same for one row. Locking in id order
 * (Migration20261123150000) is kept.
 */
export class Migration20261123150100_counter_ancestors extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function org_unit_counter_apply(delta_rows jsonb) returns void language plpgsql as $$
      declare
        ids uuid[];
        directs int[];
        subtrees int[];
      begin
        with d as materialized (
          select (e->>'path')::ltree as path, (e->>'n')::int as n from jsonb_array_elements(delta_rows) e
        ), anc as (
          -- A contact counts in its own unit (the whole path) and in the subtree of every prefix.
          select subpath(d.path, 0, k) as path,
                 coalesce(sum(d.n) filter (where k = nlevel(d.path)), 0)::int as direct_n,
                 sum(d.n)::int as subtree_n
            from d cross join lateral generate_series(1, nlevel(d.path)) as k
           group by 1
        )
        select array_agg(u.id order by u.id), array_agg(anc.direct_n order by u.id), array_agg(anc.subtree_n order by u.id)
          into ids, directs, subtrees
          from anc join org_unit u on u.path = anc.path;
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
}
