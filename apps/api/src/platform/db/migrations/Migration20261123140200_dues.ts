import { Migration } from '@mikro-orm/migrations';

/**
 * Dues and contributions. Money is bigint kopiyky. Charges, payments and contributions carry
 * their contact's unit and path (kept in step when the contact moves) so the scope filter is
 * one predicate on the row, and so statement-level triggers can keep two summaries that
 * roll-ups read instead of the money rows themselves (see docs/dues.md):
 * - dues_unit_month: charged, paid and contributed per unit and calendar month;
 * - dues_unit_balance: per unit, the arrears (sum of negative balances) and how many owe.
 * Lock order, to stay free of deadlocks: contact rows, then dues_unit_balance (the contact
 * trigger), then dues_unit_month (the money triggers); every writer updates the contact
 * before it writes money rows, and each summary is upserted in key order.
 */
export class Migration20261123140200_dues extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist;`);

    this.addSql(`
      create table dues_schedule (
        id uuid primary key,
        membership_type varchar(16) not null check (membership_type in ('member', 'candidate', 'supporter')),
        period varchar(8) not null check (period in ('monthly', 'yearly')),
        amount_kopiyky bigint not null check (amount_kopiyky > 0),
        currency char(3) not null default 'UAH' check (currency = 'UAH'),
        valid_from date not null,
        valid_to date,
        created_by uuid references app_user (id) on delete set null,
        created_at timestamptz not null default now(),
        check (valid_to is null or valid_to >= valid_from),
        constraint dues_schedule_no_overlap exclude using gist (membership_type with =, daterange(valid_from, valid_to, '[]') with &&)
      );`);

    this.addSql(`
      create table bank_import (
        id uuid primary key,
        file_name varchar(255),
        encoding varchar(16) not null,
        rows_total integer not null,
        payments_created integer not null,
        amount_kopiyky bigint not null,
        created_by uuid references app_user (id) on delete set null,
        created_at timestamptz not null default now()
      );`);

    this.addSql(`
      create table dues_charge (
        id uuid primary key,
        contact_id uuid not null references contact (id) on delete cascade,
        org_unit_id uuid not null,
        org_path ltree not null,
        period varchar(7) not null check (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'),
        amount_kopiyky bigint not null check (amount_kopiyky > 0),
        due_on date not null,
        schedule_id uuid references dues_schedule (id) on delete set null,
        created_at timestamptz not null default now(),
        constraint dues_charge_contact_period_key unique (contact_id, period)
      );`);

    this.addSql(`
      create table dues_payment (
        id uuid primary key,
        contact_id uuid not null references contact (id) on delete cascade,
        org_unit_id uuid not null,
        org_path ltree not null,
        amount_kopiyky bigint not null check (amount_kopiyky > 0),
        method varchar(16) not null check (method in ('cash', 'bank_transfer', 'card')),
        paid_on date not null,
        reference varchar(140),
        note text,
        bank_import_id uuid references bank_import (id) on delete set null,
        created_by uuid references app_user (id) on delete set null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index dues_payment_contact_idx on dues_payment (contact_id, paid_on desc, id desc);`);
    // A bank import skips rows already recorded: same day, same amount, same reference.
    this.addSql(`create index dues_payment_statement_idx on dues_payment (paid_on, amount_kopiyky);`);

    this.addSql(`
      create table contribution (
        id uuid primary key,
        contact_id uuid not null references contact (id) on delete cascade,
        org_unit_id uuid not null,
        org_path ltree not null,
        amount_kopiyky bigint not null check (amount_kopiyky > 0),
        campaign varchar(100),
        method varchar(16) not null check (method in ('cash', 'bank_transfer', 'card')),
        received_on date not null,
        receipt_number varchar(40) not null,
        note text,
        created_by uuid references app_user (id) on delete set null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index contribution_receipt_number_key on contribution (lower(receipt_number));`);
    this.addSql(`create index contribution_contact_idx on contribution (contact_id, received_on desc, id desc);`);

    this.addSql(`
      create table dues_unit_month (
        org_unit_id uuid not null references org_unit (id) on delete cascade,
        month date not null,
        charged_kopiyky bigint not null default 0,
        paid_kopiyky bigint not null default 0,
        contributed_kopiyky bigint not null default 0,
        primary key (org_unit_id, month)
      );`);
    this.addSql(`
      create table dues_unit_balance (
        org_unit_id uuid primary key references org_unit (id) on delete cascade,
        arrears_kopiyky bigint not null default 0,
        members_in_arrears integer not null default 0
      );`);

    // One function for the three money tables: TG_ARGV names the summary column, the row's
    // amount and date columns. Transition tables hold the statement's rows; deltas are
    // grouped per unit and month and upserted in key order.
    this.addSql(`
      create function dues_money_summary() returns trigger language plpgsql as $$
      declare
        target text := TG_ARGV[0];
        rows_sql text;
        new_part text := format('select org_unit_id, %I as day, %I as n from new_rows', TG_ARGV[2], TG_ARGV[1]);
        old_part text := format('select org_unit_id, %I as day, -%I as n from old_rows', TG_ARGV[2], TG_ARGV[1]);
      begin
        rows_sql := case TG_OP when 'INSERT' then new_part when 'DELETE' then old_part else new_part || ' union all ' || old_part end;
        execute format($q$
          insert into dues_unit_month as m (org_unit_id, month, %1$I)
          select org_unit_id, date_trunc('month', day)::date, sum(n) from (%2$s) x
           group by 1, 2 having sum(n) <> 0 order by 1, 2
          on conflict (org_unit_id, month) do update set %1$I = m.%1$I + excluded.%1$I$q$, target, rows_sql);
        return null;
      end $$;`);
    for (const [table, target, amount, day] of [
      ['dues_charge', 'charged_kopiyky', 'amount_kopiyky', 'due_on'],
      ['dues_payment', 'paid_kopiyky', 'amount_kopiyky', 'paid_on'],
      ['contribution', 'contributed_kopiyky', 'amount_kopiyky', 'received_on'],
    ]) {
      const args = `'${target}', '${amount}', '${day}'`;
      this.addSql(`create trigger ${table}_summary_ins after insert on ${table} referencing new table as new_rows for each statement execute function dues_money_summary(${args});`);
      this.addSql(`create trigger ${table}_summary_upd after update on ${table} referencing old table as old_rows new table as new_rows for each statement execute function dues_money_summary(${args});`);
      this.addSql(`create trigger ${table}_summary_del after delete on ${table} referencing old table as old_rows for each statement execute function dues_money_summary(${args});`);
    }

    // Arrears per unit from contact balances, whatever changed them (a charge, a payment,
    // a move to another branch, a deletion).
    this.addSql(`
      create function contact_dues_balance_summary() returns trigger language plpgsql as $$
      declare
        new_part text := 'select org_unit_id, -dues_balance as owed, 1 as n from new_rows where dues_balance < 0';
        old_part text := 'select org_unit_id, dues_balance as owed, -1 as n from old_rows where dues_balance < 0';
      begin
        execute format($q$
          insert into dues_unit_balance as b (org_unit_id, arrears_kopiyky, members_in_arrears)
          select org_unit_id, sum(owed), sum(n) from (%s) x
           group by 1 having sum(owed) <> 0 or sum(n) <> 0 order by 1
          on conflict (org_unit_id) do update
            set arrears_kopiyky = b.arrears_kopiyky + excluded.arrears_kopiyky,
                members_in_arrears = b.members_in_arrears + excluded.members_in_arrears$q$,
          case TG_OP when 'INSERT' then new_part when 'DELETE' then old_part else new_part || ' union all ' || old_part end);
        return null;
      end $$;`);
    // Named so it fires before contact_dues_rows_follow (same event: alphabetical order).
    this.addSql(`create trigger contact_dues_balance_ins after insert on contact referencing new table as new_rows for each statement execute function contact_dues_balance_summary();`);
    this.addSql(`create trigger contact_dues_balance_upd after update on contact referencing old table as old_rows new table as new_rows for each statement execute function contact_dues_balance_summary();`);
    this.addSql(`create trigger contact_dues_balance_del after delete on contact referencing old table as old_rows for each statement execute function contact_dues_balance_summary();`);

    // A contact's money rows follow it to another unit. The cheap test runs on every update
    // of contacts (a charge run updates thousands); the move itself is by contact id.
    this.addSql(`
      create function contact_dues_rows_follow() returns trigger language plpgsql as $$
      declare
        moved uuid[];
      begin
        select array_agg(n.id) into moved from new_rows n join old_rows o on o.id = n.id where o.org_path <> n.org_path or o.org_unit_id <> n.org_unit_id;
        if moved is null then return null; end if;
        update dues_charge r set org_unit_id = c.org_unit_id, org_path = c.org_path from contact c where r.contact_id = any(moved) and c.id = r.contact_id;
        update dues_payment r set org_unit_id = c.org_unit_id, org_path = c.org_path from contact c where r.contact_id = any(moved) and c.id = r.contact_id;
        update contribution r set org_unit_id = c.org_unit_id, org_path = c.org_path from contact c where r.contact_id = any(moved) and c.id = r.contact_id;
        return null;
      end $$;`);
    this.addSql(`create trigger contact_dues_rows_follow after update on contact referencing old table as old_rows new table as new_rows for each statement execute function contact_dues_rows_follow();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger contact_dues_rows_follow on contact;`);
    this.addSql(`drop trigger contact_dues_balance_del on contact;`);
    this.addSql(`drop trigger contact_dues_balance_upd on contact;`);
    this.addSql(`drop trigger contact_dues_balance_ins on contact;`);
    this.addSql(`drop function contact_dues_rows_follow();`);
    this.addSql(`drop function contact_dues_balance_summary();`);
    this.addSql(`drop table contribution, dues_payment, dues_charge, bank_import, dues_schedule, dues_unit_month, dues_unit_balance;`);
    this.addSql(`drop function dues_money_summary();`);
  }
}
