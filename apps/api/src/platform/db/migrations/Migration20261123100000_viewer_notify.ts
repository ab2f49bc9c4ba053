import { Migration } from '@mikro-orm/migrations';

/**
 * Tells every API process to flush its viewer cache when something a viewer is made of
 * changes: a session (except its `last_seen_at`), a user, a role assignment, a unit's path,
 * a contact's path. Statement-level, and NOTIFY folds identical notifications of one
 * transaction into one, delivered at commit.
 */
export class Migration20261123100000_viewer_notify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function viewer_changed_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('hromada_viewer', '*');
        return null;
      end $$;`);
    // Not every update of a session: the viewer lookup refreshes last_seen_at itself, and
    // notifying on that would flush every process's cache for each stale session.
    this.addSql(`
      create trigger session_viewer_notify after update of token_hash, user_id, expires_at, revoked_at or delete or truncate on session
      for each statement execute function viewer_changed_notify();`);
    this.addSql(`
      create trigger role_assignment_viewer_notify after insert or update or delete or truncate on role_assignment
      for each statement execute function viewer_changed_notify();`);
    this.addSql(`
      create trigger app_user_viewer_notify after update or delete or truncate on app_user
      for each statement execute function viewer_changed_notify();`);
    this.addSql(`
      create trigger org_unit_viewer_notify after update of path on org_unit
      for each statement execute function viewer_changed_notify();`);
    // org_path is usually set by the contact_org_path trigger when org_unit_id changes, and a
    // column trigger does not see what a BEFORE trigger sets: list both columns.
    this.addSql(`
      create trigger contact_viewer_notify after update of org_unit_id, org_path on contact
      for each statement execute function viewer_changed_notify();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger contact_viewer_notify on contact;`);
    this.addSql(`drop trigger org_unit_viewer_notify on org_unit;`);
    this.addSql(`drop trigger app_user_viewer_notify on app_user;`);
    this.addSql(`drop trigger role_assignment_viewer_notify on role_assignment;`);
    this.addSql(`drop trigger session_viewer_notify on session;`);
    this.addSql(`drop function viewer_changed_notify();`);
  }
}
