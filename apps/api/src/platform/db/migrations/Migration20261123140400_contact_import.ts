import { Migration } from '@mikro-orm/migrations';

/**
 * Contact imports: the uploaded file with what was detected in it, the mapping and options,
 * the outcome of its last run (check or import) row by row, and the column mappings each user
 * saved. An import belongs to the user who uploaded it (not to a unit): only they see it.
 */
export class Migration20261123140400_contact_import extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table contact_import (
        id uuid primary key,
        created_by uuid not null references app_user (id) on delete cascade,
        target_org_unit_id uuid references org_unit (id) on delete set null,
        file_name varchar(255) not null,
        format varchar(8) not null check (format in ('csv', 'xlsx')),
        encoding varchar(16),
        delimiter varchar(1),
        bytes bytea,
        size integer not null,
        headers jsonb not null,
        sample jsonb not null,
        row_count integer not null,
        status varchar(16) not null default 'uploaded'
          check (status in ('uploaded', 'checking', 'checked', 'importing', 'imported', 'failed')),
        mapping jsonb,
        mapping_source varchar(8) check (mapping_source in ('saved', 'set')),
        match_mode varchar(16) not null default 'update' check (match_mode in ('update', 'create')),
        error_mode varchar(16) not null default 'skip' check (error_mode in ('skip', 'all')),
        task_id uuid,
        dry_run boolean,
        counts jsonb,
        error_key varchar(64),
        error_params jsonb,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        finished_at timestamptz
      );`);
    this.addSql(`create index contact_import_creator_idx on contact_import (created_by, created_at desc, id desc);`);

    // Plain ids, no foreign key to contact: the report keeps its rows after a contact is merged or deleted.
    this.addSql(`
      create table contact_import_row (
        import_id uuid not null references contact_import (id) on delete cascade,
        row_number integer not null,
        outcome varchar(8) not null check (outcome in ('created', 'updated', 'skipped', 'error')),
        contact_id uuid,
        errors jsonb,
        primary key (import_id, row_number)
      );`);
    this.addSql(`create index contact_import_row_outcome_idx on contact_import_row (import_id, outcome, row_number);`);

    this.addSql(`
      create table contact_import_mapping (
        id uuid primary key,
        created_by uuid not null references app_user (id) on delete cascade,
        signature char(64) not null,
        headers jsonb not null,
        mapping jsonb not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (created_by, signature)
      );`);
    this.addSql(`create index contact_import_mapping_recent_idx on contact_import_mapping (created_by, updated_at desc, id desc);`);

    // An import looks up every phone and e-mail of a batch one by one (as the duplicate check
    // does one contact's). With GIN's pending list on, each lookup also reads every entry
    // inserted since the last vacuum: after a few thousand inserted rows a batch's lookups
    // took seconds. Two or three keys a contact are cheap to put straight into the tree.
    this.addSql(`alter index contact_phones_gin set (fastupdate = off);`);
    this.addSql(`alter index contact_emails_gin set (fastupdate = off);`);
    this.addSql(`select gin_clean_pending_list('contact_phones_gin'::regclass);`);
    this.addSql(`select gin_clean_pending_list('contact_emails_gin'::regclass);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter index contact_emails_gin reset (fastupdate);`);
    this.addSql(`alter index contact_phones_gin reset (fastupdate);`);
    this.addSql(`drop table contact_import_mapping;`);
    this.addSql(`drop table contact_import_row;`);
    this.addSql(`drop table contact_import;`);
  }
}
