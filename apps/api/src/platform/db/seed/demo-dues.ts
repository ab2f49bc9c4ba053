import type { EntityManager } from '@mikro-orm/postgresql';
import { DUES_CHARGED_STATUSES } from '@hromada/shared';
import { generateDuesCharges } from '../../../modules/dues/dues-charges';
import { execute, pgArray } from '../sql';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { stableUuid } from './uuid';

/** Months of dues history before the current one. */
export const DUES_HISTORY_MONTHS = 12;

/** The tariff the demo organization charges: 50 UAH a month for members, 20 for candidates, 120 a year for supporters. */
const DEMO_SCHEDULES = [
  { type: 'member', period: 'monthly', amountKopiyky: 5000 },
  { type: 'candidate', period: 'monthly', amountKopiyky: 2000 },
  { type: 'supporter', period: 'yearly', amountKopiyky: 12_000 },
] as const;

/** The people behind the staff and member demo accounts are party members, in every data set. */
const DEMO_MEMBERS_SINCE = '2019-03-01';

export interface DuesSeedSummary {
  charges: number;
  payments: number;
}

/**
 * The demo's dues: the tariff, then every month of the last year charged by the real charge
 * run, then payments drawn per member from a hash of the seed and the contact (a stream of
 * its own: nothing else in the seed shifts): most pay each month within days, some a quarter
 * at a time, some fall behind, a few stopped paying, a few paid the year ahead. Balances are
 * kept as the services keep them. Set-based: a statement per month, whatever the size.
 */
export async function seedDemoDues(em: EntityManager, options: { seed: number; today: string }): Promise<DuesSeedSummary> {
  const { seed, today } = options;
  const current = today.slice(0, 7);
  const months = monthsBefore(current, DUES_HISTORY_MONTHS);
  const from = `${months[0]}-01`;
  for (const s of DEMO_SCHEDULES) {
    await execute(em, 'insert into dues_schedule (id, membership_type, period, amount_kopiyky, valid_from) values (?, ?, ?, ?, ?)', [
      stableUuid(`dues_schedule:${s.type}`), s.type, s.period, s.amountKopiyky, from,
    ]);
  }
  // Kept if the data set already says otherwise (the membership data of a larger seed).
  await execute(
    em,
    `update contact set membership_type = 'member', membership_status = 'member', membership_since = ?
      where id = any(?::uuid[]) and membership_status is null`,
    [DEMO_MEMBERS_SINCE, pgArray(DEMO_ACCOUNTS.map((a) => a.contact.id))],
  );
  let charges = 0;
  for (const month of months) charges += (await generateDuesCharges(em, { month, yearlyMonth: 1, grants: null })).charged;
  const [paid] = await execute<{ n: number }>(em, PAYMENTS_SQL, [seed, today, pgArray(DUES_CHARGED_STATUSES)]);
  return { charges, payments: paid.n };
}

/**
 * One statement: every member's payments from their charges and their habit (the hash's
 * bucket), balances raised first (as every dues writer does), then the payments inserted.
 * Habits by bucket of 100: <55 monthly, <70 quarterly, <85 behind by 1–4 months, <95 stopped
 * 3–8 months ago, else the whole year ahead in the first month.
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
  ), paid as (
    select d.*, (array['cash', 'cash', 'bank_transfer', 'card'])[1 + (d.h / 7) % 4] as method
      from due d where d.paid_on <= ?::date
  ), balances as (
    update contact c set dues_balance = c.dues_balance + p.total
      from (select contact_id, sum(amount) as total from paid group by contact_id) p
     where c.id = p.contact_id and c.membership_status = any(?::text[])
    returning c.id
  ), inserted as (
    insert into dues_payment (id, contact_id, org_unit_id, org_path, amount_kopiyky, method, paid_on, reference)
    select md5(p.contact_id::text || p.paid_on::text || p.amount::text)::uuid, p.contact_id, c.org_unit_id, c.org_path, p.amount, p.method, p.paid_on,
           case p.method when 'cash' then 'Квитанція № ' || abs(hashtext(p.contact_id::text || p.paid_on::text)) % 1000000 else null end
      from paid p join contact c on c.id = p.contact_id
     where p.contact_id in (select id from balances)
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
