import { Migration } from '@mikro-orm/migrations';

/**
 * Long work (imports, duplicate scans, dues charges) runs as pg-boss jobs; this table is what
 * users see of them: status, progress for the progress bar, the result or the error.
 */
export class Migration20261123130000_background_task extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table background_task (
        id uuid primary key,
        kind varchar(32) not null,
        status varchar(16) not null default 'queued' check (status in ('queued', 'running', 'succeeded', 'failed')),
        done integer not null default 0,
        total integer,
        params jsonb not null default '{}',
        result jsonb,
        error_key varchar(64),
        created_by uuid references app_user (id) on delete set null,
        created_at timestamptz not null default now(),
        started_at timestamptz,
        finished_at timestamptz
      );`);
    this.addSql(`create index background_task_creator_idx on background_task (created_by, created_at desc);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table background_task;`);
  }
}
