import { Migration } from '@mikro-orm/migrations';

/**
 * Membership: a sequence for generated card numbers, and transfer requests between branches.
 * A transfer is owned by the receiving side for scope: `to_path` is kept equal to the target
 * unit's path by a trigger (as contact.org_path is), so "transfers coming to my units" is one
 * indexed predicate; the sending side reaches a transfer only through its visible contact.
 * At most one request per contact is pending at a time.
 */
export class Migration20261123140100_membership extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence membership_card_seq;`);

    this.addSql(`
      create table membership_transfer (
        id uuid primary key,
        contact_id uuid not null references contact (id) on delete cascade,
        from_unit_id uuid not null references org_unit (id) on delete restrict,
        to_unit_id uuid not null references org_unit (id) on delete restrict,
        to_path ltree not null,
        status varchar(16) not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'cancelled')),
        requested_by uuid references app_user (id) on delete set null,
        requested_at timestamptz not null default now(),
        note text,
        decided_by uuid references app_user (id) on delete set null,
        decided_at timestamptz,
        decision_note text,
        check (from_unit_id <> to_unit_id),
        check ((status = 'pending') = (decided_at is null))
      );`);
    this.addSql(`create unique index membership_transfer_pending_key on membership_transfer (contact_id) where status = 'pending';`);
    this.addSql(`create index membership_transfer_contact_idx on membership_transfer (contact_id, requested_at desc);`);
    this.addSql(`create index membership_transfer_to_path_gist on membership_transfer using gist (to_path);`);
    this.addSql(`create index membership_transfer_to_unit_idx on membership_transfer (to_unit_id, status, requested_at desc, id desc);`);
    this.addSql(`
      create function membership_transfer_set_to_path() returns trigger language plpgsql as $$
      begin
        select path into new.to_path from org_unit where id = new.to_unit_id;
        return new;
      end $$;`);
    this.addSql(`
      create trigger membership_transfer_to_path before insert or update of to_unit_id on membership_transfer
      for each row execute function membership_transfer_set_to_path();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table membership_transfer;`);
    this.addSql(`drop function membership_transfer_set_to_path();`);
    this.addSql(`drop sequence membership_card_seq;`);
  }
}
