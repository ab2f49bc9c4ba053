import { Migration } from '@mikro-orm/migrations';

/**
 * A money row handed to another contact (a merge, and its undo) takes that contact's unit, as
 * rows already follow a contact that moves: the unit summaries then move the money with it
 * (their statement triggers see the old and the new unit).
 */
export class Migration20261123150200_dues_rows_follow_owner extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function dues_row_takes_owner_unit() returns trigger language plpgsql as $$
      begin
        select org_unit_id, org_path into new.org_unit_id, new.org_path from contact where id = new.contact_id;
        return new;
      end $$;`);
    for (const table of ['dues_charge', 'dues_payment', 'contribution']) {
      this.addSql(`create trigger ${table}_owner_unit before update of contact_id on ${table}
                   for each row when (old.contact_id is distinct from new.contact_id) execute function dues_row_takes_owner_unit();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['dues_charge', 'dues_payment', 'contribution']) this.addSql(`drop trigger ${table}_owner_unit on ${table};`);
    this.addSql('drop function dues_row_takes_owner_unit();');
  }
}
