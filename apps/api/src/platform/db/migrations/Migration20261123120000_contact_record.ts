import { Migration } from '@mikro-orm/migrations';

/**
 * The full contact record: several phones and e-mails (arrays, so "is this number anywhere
 * in scope" is one GIN lookup), personal data, consent, type, membership and a version for
 * optimistic locking; the dues balance in kopiyky (payments minus charges, kept by the dues
 * module, negative in arrears) so smart groups filter on it; relationships, the timeline and membership history beside it.
 */
export class Migration20261123120000_contact_record extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table contact
        add column phones text[] not null default '{}',
        add column emails text[] not null default '{}',
        add column gender varchar(8) check (gender in ('female', 'male')),
        add column birth_date date,
        add column address_region varchar(100),
        add column address_settlement varchar(100),
        add column address_street varchar(200),
        add column tags text[] not null default '{}',
        add column notes text,
        add column source varchar(100),
        add column consent_at timestamptz,
        add column consent_version varchar(32),
        add column contact_type varchar(16) not null default 'supporter'
          check (contact_type in ('member', 'supporter', 'volunteer', 'donor', 'organization')),
        add column membership_type varchar(16) check (membership_type in ('member', 'candidate', 'supporter')),
        add column membership_status varchar(16)
          check (membership_status in ('applicant', 'candidate', 'member', 'suspended', 'left', 'expelled')),
        add column membership_since date,
        add column card_number varchar(32),
        add column dues_balance bigint not null default 0,
        add column version integer not null default 1;`);
    this.addSql(`
      update contact set
        phones = case when phone is null then '{}' else array[phone] end,
        emails = case when email is null then '{}' else array[email] end;`);
    this.addSql(`alter table contact drop column phone, drop column email;`);
    this.addSql(`alter table contact add constraint contact_membership_pair check ((membership_type is null) = (membership_status is null));`);
    this.addSql(`create unique index contact_card_number_key on contact (card_number) where card_number is not null;`);
    this.addSql(`create index contact_phones_gin on contact using gin (phones);`);
    this.addSql(`create index contact_emails_gin on contact using gin (emails);`);
    this.addSql(`create index contact_tags_gin on contact using gin (tags);`);
    this.addSql(`create index contact_membership_idx on contact (membership_status, membership_type) where membership_status is not null;`);

    this.addSql(`
      create table contact_relationship (
        id uuid primary key,
        contact_id uuid not null references contact (id) on delete cascade,
        related_contact_id uuid not null references contact (id) on delete cascade,
        kind varchar(24) not null,
        created_at timestamptz not null default now(),
        check (contact_id <> related_contact_id),
        unique (contact_id, related_contact_id, kind)
      );`);
    this.addSql(`create index contact_relationship_related_idx on contact_relationship (related_contact_id);`);

    this.addSql(`
      create table contact_activity (
        id uuid primary key,
        contact_id uuid not null references contact (id) on delete cascade,
        kind varchar(24) not null,
        subject varchar(200),
        body text,
        occurred_at timestamptz not null default now(),
        actor_user_id uuid references app_user (id) on delete set null,
        payload jsonb,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index contact_activity_timeline_idx on contact_activity (contact_id, occurred_at desc, id desc);`);

    this.addSql(`
      create table membership_status_change (
        id uuid primary key,
        contact_id uuid not null references contact (id) on delete cascade,
        membership_type varchar(16) not null,
        from_status varchar(16),
        to_status varchar(16) not null,
        changed_on date not null,
        reason text,
        actor_user_id uuid references app_user (id) on delete set null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index membership_status_change_contact_idx on membership_status_change (contact_id, changed_on, created_at);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table membership_status_change;`);
    this.addSql(`drop table contact_activity;`);
    this.addSql(`drop table contact_relationship;`);
    this.addSql(`alter table contact add column phone varchar(20), add column email varchar(254);`);
    this.addSql(`update contact set phone = phones[1], email = emails[1];`);
    this.addSql(`
      alter table contact
        drop constraint contact_membership_pair,
        drop column phones, drop column emails, drop column gender, drop column birth_date,
        drop column address_region, drop column address_settlement, drop column address_street,
        drop column tags, drop column notes, drop column source, drop column consent_at,
        drop column consent_version, drop column contact_type, drop column membership_type,
        drop column membership_status, drop column membership_since, drop column card_number,
        drop column dues_balance, drop column version;`);
  }
}
