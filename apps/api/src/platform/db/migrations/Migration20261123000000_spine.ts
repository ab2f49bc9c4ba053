import { Migration } from '@mikro-orm/migrations';

/** The spine: extensions, org tree, users and sessions, roles, contacts, counters, audit. */
export class Migration20261123000000_spine extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists ltree;`);
    this.addSql(`create extension if not exists pg_trgm;`);

    this.addSql(`
      create table org_unit (
        id uuid primary key,
        code varchar(64) not null unique,
        name_uk varchar(200) not null,
        name_en varchar(200) not null,
        kind varchar(16) not null check (kind in ('hq', 'region', 'district', 'branch')),
        parent_id uuid references org_unit (id) on delete restrict,
        path ltree not null unique,
        depth integer generated always as (nlevel(path) - 1) stored,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create index org_unit_path_gist on org_unit using gist (path);`);
    this.addSql(`create index org_unit_parent_idx on org_unit (parent_id);`);

    this.addSql(`
      create table org_unit_counter (
        org_unit_id uuid primary key references org_unit (id) on delete cascade,
        direct_contacts integer not null default 0,
        subtree_contacts integer not null default 0
      );`);

    this.addSql(`
      create table app_user (
        id uuid primary key,
        email varchar(254) not null unique,
        password_hash varchar(255) not null,
        display_name varchar(200) not null,
        locale varchar(8) not null default 'uk',
        contact_id uuid,
        disabled_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);

    this.addSql(`
      create table role_assignment (
        id uuid primary key,
        user_id uuid not null references app_user (id) on delete cascade,
        role varchar(32) not null,
        org_unit_id uuid not null references org_unit (id) on delete cascade,
        reach varchar(8) not null check (reach in ('UNIT', 'SUBTREE')),
        created_at timestamptz not null default now(),
        unique (user_id, role, org_unit_id)
      );`);

    this.addSql(`
      create table session (
        id uuid primary key,
        token_hash char(64) not null unique,
        user_id uuid not null references app_user (id) on delete cascade,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        last_seen_at timestamptz not null default now(),
        revoked_at timestamptz,
        ip varchar(64),
        user_agent varchar(400)
      );`);
    this.addSql(`create index session_user_idx on session (user_id);`);

    this.addSql(`
      create table login_attempt (
        id bigint generated always as identity primary key,
        email varchar(254) not null,
        ip varchar(64) not null,
        succeeded boolean not null,
        at timestamptz not null default now()
      );`);
    this.addSql(`create index login_attempt_email_idx on login_attempt (email, at);`);
    this.addSql(`create index login_attempt_ip_idx on login_attempt (ip, at);`);

    this.addSql(`
      create table contact (
        id uuid primary key,
        org_unit_id uuid not null references org_unit (id) on delete restrict,
        org_path ltree not null,
        first_name varchar(100) not null,
        last_name varchar(100) not null,
        patronymic varchar(100),
        phone varchar(20),
        email varchar(254),
        sort_name varchar(320) not null,
        search_doc text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`alter table app_user add constraint app_user_contact_fk foreign key (contact_id) references contact (id) on delete set null;`);
    this.addSql(`create index contact_org_path_gist on contact using gist (org_path);`);
    this.addSql(`create index contact_org_unit_sort_idx on contact (org_unit_id, sort_name, id);`);
    this.addSql(`create index contact_sort_idx on contact (sort_name, id);`);
    this.addSql(`create index contact_search_trgm on contact using gin (search_doc gin_trgm_ops);`);
    // Without a large sample the planner mis-estimates how many rows a branch path holds.
    this.addSql(`alter table contact alter column org_path set statistics 2000;`);

    this.addSql(`
      create function contact_set_org_path() returns trigger language plpgsql as $$
      begin
        select path into new.org_path from org_unit where id = new.org_unit_id;
        return new;
      end $$;`);
    this.addSql(`
      create trigger contact_org_path before insert or update of org_unit_id on contact
      for each row execute function contact_set_org_path();`);

    // Per-unit counters so totals never count rows: statement-level, one pass per bulk insert.
    this.addSql(`
      create function org_unit_counter_apply(delta_rows jsonb) returns void language sql as $$
        with d as (
          select (e->>'org_unit_id')::uuid as unit_id, (e->>'path')::ltree as path, (e->>'n')::int as n
          from jsonb_array_elements(delta_rows) e
        ), agg as (
          -- One row per affected unit with both deltas: a statement may update a row only once.
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
    this.addSql(`
      create function contact_counter_ins() returns trigger language plpgsql as $$
      begin
        perform org_unit_counter_apply(coalesce((select jsonb_agg(jsonb_build_object('org_unit_id', org_unit_id, 'path', org_path::text, 'n', n))
          from (select org_unit_id, org_path, count(*) as n from new_rows group by 1, 2) g), '[]'));
        return null;
      end $$;`);
    this.addSql(`
      create function contact_counter_del() returns trigger language plpgsql as $$
      begin
        perform org_unit_counter_apply(coalesce((select jsonb_agg(jsonb_build_object('org_unit_id', org_unit_id, 'path', org_path::text, 'n', -n))
          from (select org_unit_id, org_path, count(*) as n from old_rows group by 1, 2) g), '[]'));
        return null;
      end $$;`);
    this.addSql(`
      create function contact_counter_upd() returns trigger language plpgsql as $$
      begin
        perform org_unit_counter_apply(coalesce((select jsonb_agg(jsonb_build_object('org_unit_id', org_unit_id, 'path', org_path::text, 'n', n))
          from (
            select org_unit_id, org_path, sum(n) as n from (
              select org_unit_id, org_path, 1 as n from new_rows
              union all
              select org_unit_id, org_path, -1 as n from old_rows
            ) x group by 1, 2 having sum(n) <> 0
          ) g), '[]'));
        return null;
      end $$;`);
    this.addSql(`create trigger contact_counter_ins after insert on contact referencing new table as new_rows for each statement execute function contact_counter_ins();`);
    this.addSql(`create trigger contact_counter_del after delete on contact referencing old table as old_rows for each statement execute function contact_counter_del();`);
    this.addSql(`create trigger contact_counter_upd after update on contact referencing old table as old_rows new table as new_rows for each statement execute function contact_counter_upd();`);
    this.addSql(`
      create function org_unit_counter_init() returns trigger language plpgsql as $$
      begin
        insert into org_unit_counter (org_unit_id) select id from new_rows on conflict do nothing;
        return null;
      end $$;`);
    this.addSql(`create trigger org_unit_counter_init after insert on org_unit referencing new table as new_rows for each statement execute function org_unit_counter_init();`);

    this.addSql(`
      create table audit_log (
        id bigint generated always as identity primary key,
        at timestamptz not null default now(),
        actor_user_id uuid,
        operation varchar(64) not null,
        record_type varchar(64) not null,
        record_id varchar(64),
        before jsonb,
        after jsonb,
        request_id varchar(64),
        ip varchar(64)
      );`);
    this.addSql(`create index audit_log_record_idx on audit_log (record_type, record_id, at);`);
    this.addSql(`create index audit_log_actor_idx on audit_log (actor_user_id, at);`);
  }
}
