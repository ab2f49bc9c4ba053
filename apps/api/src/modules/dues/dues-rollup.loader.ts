import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopePredicate } from '../../platform/auth/scope-sql';
import type { Viewer } from '../../platform/auth/viewer';
import { execute, pgArray } from '../../platform/db/sql';

export interface OrgUnitDuesRecord {
  chargedKopiyky: number;
  paidKopiyky: number;
  contributionsKopiyky: number;
  arrearsKopiyky: number;
  membersInArrears: number;
}

/** A roll-up request: a unit's subtree over whole months, 'YYYY-MM' inclusive. */
export interface RollupKey {
  path: string;
  from: string;
  to: string;
}

/**
 * Dues totals of units' subtrees from the per-unit summaries the money triggers keep
 * (dues_unit_month, dues_unit_balance): two statements per distinct month range, whatever
 * the number of units, never a scan of the money rows.
 *
 * A roll-up counts the units the viewer's dues grants cover (their 'scope' access); a
 * member's 'self' access to their own record is not a unit figure, so a viewer without dues
 * grants gets null. Under each unit, only covered units add up: a UNIT grant its unit's own
 * rows, a SUBTREE grant everything below it.
 */
export function createDuesRollupLoader(em: EntityManager, viewer: Viewer | null) {
  const grants = viewer?.scope('dues', 'read').grants ?? [];
  return new DataLoader<RollupKey, OrgUnitDuesRecord | null, string>(
    async (keys) => {
      if (grants.length === 0) return keys.map(() => null);
      const covered = scopePredicate({ grants, selfContactId: null, selfContactPath: null }, { path: 'path', unit: 'id' }, 'u');
      const results = new Map<string, OrgUnitDuesRecord>();
      const ranges = new Map<string, RollupKey[]>();
      for (const key of keys) ranges.set(`${key.from}|${key.to}`, [...(ranges.get(`${key.from}|${key.to}`) ?? []), key]);
      for (const group of ranges.values()) {
        const { from, to } = group[0];
        const paths = pgArray([...new Set(group.map((k) => k.path))]);
        const [money, balances] = await Promise.all([
          execute<{ path: string; charged: string; paid: string; contributed: string }>(
            em,
            `select k.path::text as path, coalesce(sum(m.charged_kopiyky), 0)::text as charged,
                    coalesce(sum(m.paid_kopiyky), 0)::text as paid, coalesce(sum(m.contributed_kopiyky), 0)::text as contributed
               from unnest(?::ltree[]) as k (path)
               join org_unit u on u.path <@ k.path and ${covered.sql}
               join dues_unit_month m on m.org_unit_id = u.id and m.month between ?::date and ?::date
              group by k.path`,
            [paths, ...covered.params, `${from}-01`, `${to}-01`],
          ),
          execute<{ path: string; arrears: string; owing: string }>(
            em,
            `select k.path::text as path, coalesce(sum(b.arrears_kopiyky), 0)::text as arrears, coalesce(sum(b.members_in_arrears), 0)::text as owing
               from unnest(?::ltree[]) as k (path)
               join org_unit u on u.path <@ k.path and ${covered.sql}
               join dues_unit_balance b on b.org_unit_id = u.id
              group by k.path`,
            [paths, ...covered.params],
          ),
        ]);
        const moneyByPath = new Map(money.map((r) => [r.path, r]));
        const balanceByPath = new Map(balances.map((r) => [r.path, r]));
        for (const key of group) {
          const m = moneyByPath.get(key.path);
          const b = balanceByPath.get(key.path);
          results.set(cacheKey(key), {
            chargedKopiyky: Number(m?.charged ?? 0),
            paidKopiyky: Number(m?.paid ?? 0),
            contributionsKopiyky: Number(m?.contributed ?? 0),
            arrearsKopiyky: Number(b?.arrears ?? 0),
            membersInArrears: Number(b?.owing ?? 0),
          });
        }
      }
      return keys.map((key) => results.get(cacheKey(key)) ?? null);
    },
    { cacheKeyFn: cacheKey },
  );
}

function cacheKey(key: RollupKey): string {
  return `${key.path}|${key.from}|${key.to}`;
}
