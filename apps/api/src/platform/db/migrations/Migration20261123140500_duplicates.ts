import { Migration } from '@mikro-orm/migrations';

/**
 * Duplicate pairs found by scans, and the record of every merge (what it changed, moved and
 * deleted) so that it can be undone.
 *
 * Neither table has a foreign key to `contact`: a merge moves every row that references the
 * merged contact through one (found in the catalog), and these rows must stay where they are.
 * A pair outlives its merged contact as history; a trigger drops the other pairs of a
 * deleted contact, and another keeps each pair's `org_path` (the deepest unit holding both
 * contacts) in step when a contact changes unit, so a unit's pairs are one GiST lookup.
 */
export class Migration20261123140500_duplicates extends Migration {
  override async up(): Promise<void> {
    // ltree's lca() is the deepest *proper* ancestor ('a.b' for 'a.b' and 'a.b'): not this.
    this.addSql(`
      create function ltree_common_prefix(a ltree, b ltree) returns ltree language sql immutable parallel safe as $$
        select case when a <@ b then b when b <@ a then a else lca(a, b) end
      $$;`);

    this.addSql(`
      create table duplicate_pair (
        id uuid primary key,
        contact_a uuid not null,
        contact_b uuid not null,
        rules text[] not null,
        score smallint not null check (score between 0 and 100),
        status varchar(16) not null default 'open' check (status in ('open', 'merged', 'dismissed')),
        org_path ltree not null,
        found_at timestamptz not null default now(),
        scan_task_id uuid references background_task (id) on delete set null,
        resolved_at timestamptz,
        resolved_by uuid references app_user (id) on delete set null,
        merge_id uuid,
        check (contact_a < contact_b),
        unique (contact_a, contact_b)
      );`);
    this.addSql(`create index duplicate_pair_contact_b_idx on duplicate_pair (contact_b);`);
    this.addSql(`create index duplicate_pair_path_gist on duplicate_pair using gist (org_path);`);

    this.addSql(`
      create table contact_merge (
        id uuid primary key,
        survivor_id uuid not null,
        merged_id uuid not null,
        merged_name varchar(320) not null,
        merged_unit_id uuid not null,
        merged_path ltree not null,
        pair_id uuid,
        survivor_before jsonb not null,
        survivor_after jsonb not null,
        merged_row jsonb not null,
        moved jsonb not null,
        deleted jsonb not null,
        pairs jsonb not null,
        dues_carried bigint not null default 0,
        actor_user_id uuid references app_user (id) on delete set null,
        merged_at timestamptz not null default now(),
        undone_at timestamptz,
        undone_by uuid references app_user (id) on delete set null
      );`);
    this.addSql(`create index contact_merge_survivor_idx on contact_merge (survivor_id);`);
    this.addSql(`create index contact_merge_merged_idx on contact_merge (merged_id);`);
    this.addSql(`create index contact_merge_path_gist on contact_merge using gist (merged_path);`);
    this.addSql(`create index contact_merge_recent_idx on contact_merge (merged_at desc, id desc);`);

    this.addSql(`
      create function duplicate_pair_contact_deleted() returns trigger language plpgsql as $$
      begin
        delete from duplicate_pair p using old_rows o where p.contact_a = o.id and p.status <> 'merged';
        delete from duplicate_pair p using old_rows o where p.contact_b = o.id and p.status <> 'merged';
        return null;
      end $$;`);
    this.addSql(`
      create trigger contact_duplicate_pair_del after delete on contact referencing old table as old_rows
      for each statement execute function duplicate_pair_contact_deleted();`);

    // Row level, so it can name its columns and skip every update that leaves the path alone.
    this.addSql(`
      create function duplicate_pair_follow_contact() returns trigger language plpgsql as $$
      begin
        update duplicate_pair p set org_path = ltree_common_prefix(a.org_path, b.org_path)
          from contact a, contact b
         where (p.contact_a = new.id or p.contact_b = new.id) and a.id = p.contact_a and b.id = p.contact_b;
        return null;
      end $$;`);
    this.addSql(`
      create trigger contact_duplicate_pair_path after update of org_unit_id, org_path on contact
      for each row when (old.org_path is distinct from new.org_path) execute function duplicate_pair_follow_contact();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger contact_duplicate_pair_path on contact;`);
    this.addSql(`drop function duplicate_pair_follow_contact();`);
    this.addSql(`drop trigger contact_duplicate_pair_del on contact;`);
    this.addSql(`drop function duplicate_pair_contact_deleted();`);
    this.addSql(`drop table contact_merge;`);
    this.addSql(`drop table duplicate_pair;`);
    this.addSql(`drop function ltree_common_prefix(ltree, ltree);`);
  }
}
