import type { EntityManager } from '@mikro-orm/postgresql';
import { DUES_CHARGED_STATUSES } from '@hromada/shared';
import { execute, pgArray } from '../sql';
import { stableUuid } from './uuid';

/** Months of dues history before the current one. */
export const DUES_HISTORY_MONTHS = 12;

/** The tariff the demo organization charges: 50 UAH a month for members, 20 for candidates, 120 a year for supporters. */
const DEMO_SCHEDULES = [
  { type: 'member', period: 'monthly', amountKopiyky: 5000 },
  { type: 'candidate', period: 'monthly', amountKopiyky: 2000 },
  { type: 'supporter', period: 'yearly', amountKopiyky: 12_000 },
] as const;

export interface DuesSeedSummary {
  charges: number;
  payments: number;
}

/**
 * The demo's dues: the tariff; every month of the last year charged by the charge run's rules
 * (dues-charges.ts: a charged status, a member by the month's end, a schedule valid on its
 * first day, yearly dues in January); payments drawn per member from a hash of the seed and
 * the contact (a stream of its own: nothing else in the seed shifts): most pay each month
 * within days, some a quarter at a time, some fall behind, a few stopped paying, a few paid
 * the year ahead; then each balance set once to payments minus charges. Three statements
 * whatever the size; run before the contact indexes are rebuilt, the balance update is cheap.
 */
export async function seedDemoDues(em: EntityManager, options: { seed: number; today: string }): Promise<DuesSeedSummary> {
  const { seed, today } = options;
  const months = monthsBefore(today.slice(0, 7), DUES_HISTORY_MONTHS);
  for (const s of DEMO_SCHEDULES) {
    await execute(em, 'insert into dues_schedule (id, membership_type, period, amount_kopiyky, valid_from) values (?, ?, ?, ?, ?)', [
      stableUuid(`dues_schedule:${s.type}`), s.type, s.period, s.amountKopiyky, `${months[0]}-01`,
    ]);
  }
  const [charged] = await execute<{ n: number }>(em, CHARGES_SQL, [pgArray(months), pgArray(DUES_CHARGED_STATUSES)]);
  const [paid] = await execute<{ n: number }>(em, PAYMENTS_SQL, [seed, today]);
  await execute(
    em,
    `update contact c set dues_balance = coalesce(p.total, 0) - ch.total
       from (select contact_id, sum(amount_kopiyky) as total from dues_charge group by 1) ch
       left join (select contact_id, sum(amount_kopiyky) as total from dues_payment group by 1) p on p.contact_id = ch.contact_id
      where c.id = ch.contact_id`,
  );
  return { charges: charged.n, payments: paid.n };
}

/**
 * Every month's charges at once. Inserted in (contact, period) order with ids counting up in
 * that order, so the table's indexes grow at their end rather than at random pages, and the
 * foreign key finds contacts in order. The same seed gives the same rows.
 */
const CHARGES_SQL = `
  with m (month) as (select unnest(?::text[])),
  due as (
    select c.id as contact_id, c.org_unit_id, c.org_path, s.id as schedule_id, s.amount_kopiyky,
           case when s.period = 'monthly' then m.month else left(m.month, 4) end as period,
           (m.month || '-01')::date as due_on
      from contact c
      join dues_schedule s on s.membership_type = c.membership_type
      cross join m
     where c.membership_status = any(?::text[])
       and (c.membership_since is null or c.membership_since < ((m.month || '-01')::date + interval '1 month'))
       and s.valid_from <= (m.month || '-01')::date and (s.valid_to is null or s.valid_to >= (m.month || '-01')::date)
       and (s.period = 'monthly' or right(m.month, 2) = '01')
  ), inserted as (
    insert into dues_charge (id, contact_id, org_unit_id, org_path, period, amount_kopiyky, due_on, schedule_id)
    select ('00000000-0000-4000-8000-' || lpad(to_hex(row_number() over (order by contact_id, due_on)), 12, '0'))::uuid,
           contact_id, org_unit_id, org_path, period, amount_kopiyky, due_on, schedule_id
      from due order by contact_id, due_on
    returning 1
  )
  select count(*)::int as n from inserted`;

/**
 * Every member's payments from their charges and their habit (the hash's bucket of 100):
 * <55 monthly, <70 quarterly, <85 behind by 1–4 months, <95 stopped 3–8 months ago, else the
 * whole year ahead in the first month. Supporters pay their yearly dues. In contact order,
 * ids counting up, like the charges.
 */
const PAYMENTS_SQL = `
  with ch as (
    select ch.contact_id, ch.period, ch.amount_kopiyky, ch.due_on,
           abs(hashtextextended(ch.contact_id::text, ?)) as h,
           dense_rank() over (order by ch.due_on desc) - 1 as age
      from dues_charge ch
  ), habit as (
    select ch.*, h % 100 as bucket, (h / 100) % 13 as spread from ch
  ), due as (
    select contact_id, amount_kopiyky as amount, due_on + (spread % 10)::int as paid_on, h from habit
     where (bucket < 55 or length(period) = 4)
        or (bucket >= 70 and bucket < 85 and age >= 1 + spread % 4)
        or (bucket >= 85 and bucket < 95 and age >= 3 + spread % 6)
    union all
    select contact_id, sum(amount_kopiyky), max(due_on) + 5, min(h) from habit
     where bucket >= 55 and bucket < 70 and length(period) = 7
     group by contact_id, (extract(year from due_on) * 12 + extract(month from due_on) - 1)::int / 3
    union all
    select contact_id, 14 * max(amount_kopiyky), min(due_on) + 3, min(h) from habit
     where bucket >= 95 and length(period) = 7 group by contact_id
  ), inserted as (
    insert into dues_payment (id, contact_id, org_unit_id, org_path, amount_kopiyky, method, paid_on, reference)
    select ('00000000-0000-4000-9000-' || lpad(to_hex(row_number() over (order by d.contact_id, d.paid_on)), 12, '0'))::uuid,
           d.contact_id, c.org_unit_id, c.org_path, d.amount,
           (array['cash', 'cash', 'bank_transfer', 'card'])[1 + (d.h / 7) % 4], d.paid_on,
           case when (d.h / 7) % 4 < 2 then 'Квитанція № ' || abs(hashtext(d.contact_id::text || d.paid_on::text)) % 1000000 end
      from due d join contact c on c.id = d.contact_id
     where d.paid_on <= ?::date
     order by d.contact_id, d.paid_on
    returning 1
  )
  select count(*)::int as n from inserted`;

/** The `count` months before `month` ('YYYY-MM'), oldest first, and `month` itself. */
export function monthsBefore(month: string, count: number): string[] {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  return Array.from({ length: count + 1 }, (_, i) => {
    const m = index - count + i;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}
