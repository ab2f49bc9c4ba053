import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../platform/db/sql';

/**
 * Everything the dues module keeps derived, recomputed from the rows and compared: each
 * contact's balance (payments minus charges), and both per-unit summaries. Returns the
 * mismatches, empty when all agree.
 */
export async function duesMismatches(em: EntityManager): Promise<string[]> {
  const balances = await execute<{ id: string; stored: string; computed: string }>(
    em,
    `select c.id, c.dues_balance::text as stored,
            (coalesce((select sum(amount_kopiyky) from dues_payment p where p.contact_id = c.id), 0)
             - coalesce((select sum(amount_kopiyky) from dues_charge ch where ch.contact_id = c.id), 0))::text as computed
       from contact c
      where c.dues_balance <> coalesce((select sum(amount_kopiyky) from dues_payment p where p.contact_id = c.id), 0)
                            - coalesce((select sum(amount_kopiyky) from dues_charge ch where ch.contact_id = c.id), 0)`,
  );
  const months = await execute<{ unit: string; month: string }>(
    em,
    `with truth as (
       select org_unit_id, date_trunc('month', due_on)::date as month, sum(amount_kopiyky) as charged, 0::numeric as paid, 0::numeric as contributed from dues_charge group by 1, 2
       union all select org_unit_id, date_trunc('month', paid_on)::date, 0, sum(amount_kopiyky), 0 from dues_payment group by 1, 2
       union all select org_unit_id, date_trunc('month', received_on)::date, 0, 0, sum(amount_kopiyky) from contribution group by 1, 2
     ), t as (select org_unit_id, month, sum(charged) c, sum(paid) p, sum(contributed) k from truth group by 1, 2)
     select coalesce(t.org_unit_id, m.org_unit_id)::text as unit, coalesce(t.month, m.month)::text as month
       from t full join dues_unit_month m on m.org_unit_id = t.org_unit_id and m.month = t.month
      where coalesce(t.c, 0) <> coalesce(m.charged_kopiyky, 0) or coalesce(t.p, 0) <> coalesce(m.paid_kopiyky, 0) or coalesce(t.k, 0) <> coalesce(m.contributed_kopiyky, 0)`,
  );
  const units = await execute<{ unit: string }>(
    em,
    `with t as (select org_unit_id, sum(-dues_balance) as owed, count(*) as n from contact where dues_balance < 0 group by 1)
     select coalesce(t.org_unit_id, b.org_unit_id)::text as unit
       from t full join dues_unit_balance b on b.org_unit_id = t.org_unit_id
      where coalesce(t.owed, 0) <> coalesce(b.arrears_kopiyky, 0) or coalesce(t.n, 0) <> coalesce(b.members_in_arrears, 0)`,
  );
  const rowsOffPath = await execute<{ id: string }>(
    em,
    `select x.id from (select id, contact_id, org_unit_id, org_path from dues_charge union all select id, contact_id, org_unit_id, org_path from dues_payment
                       union all select id, contact_id, org_unit_id, org_path from contribution) x
       join contact c on c.id = x.contact_id where c.org_unit_id <> x.org_unit_id or c.org_path <> x.org_path`,
  );
  return [
    ...balances.map((b) => `balance of ${b.id}: stored ${b.stored}, payments − charges ${b.computed}`),
    ...months.map((m) => `dues_unit_month ${m.unit} ${m.month} differs from the money rows`),
    ...units.map((u) => `dues_unit_balance ${u.unit} differs from the contacts' balances`),
    ...rowsOffPath.map((r) => `money row ${r.id} is not at its contact's unit`),
  ];
}
