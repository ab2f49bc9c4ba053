import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import type { Viewer } from '../../platform/auth/viewer';
import { execute, pgArray } from '../../platform/db/sql';
import { encodeCursor } from '../../platform/graphql/pagination';
import type { Page } from './dues.records';

/** One page request: a contact's rows, newest first, after a keyset cursor. */
export interface PageKey {
  contactId: string;
  first: number;
  /** The decoded cursor: [day, tie-breaker] of the last row of the previous page. */
  after: [string, string] | null;
}

/** How one money table is paged: its newest-first order (a date, then a unique tie-breaker) and its rows. */
export interface MoneyTable<T> {
  table: string;
  entity: { name: string };
  day: string;
  tie: string;
  tieType: 'uuid' | 'text';
  columns: (alias: string) => string;
  toRecord: (row: Record<string, unknown>) => T;
  cursorOf: (record: T) => [string, string];
}

/**
 * Pages of a money table for many contacts at once, in two statements whatever the number
 * of contacts: the pages (a lateral keyset read per contact) and their totals. Both carry
 * the table's own scope predicate, so a row outside the viewer's dues scope never appears.
 */
export function moneyPagesLoader<T>(em: EntityManager, viewer: Viewer | null, spec: MoneyTable<T>): DataLoader<PageKey, Page<T>, string> {
  return new DataLoader<PageKey, Page<T>, string>(
    async (keys) => {
      const scope = readScopeSql(viewer, spec.entity, 'x');
      const order = `x.${spec.day} desc, x.${spec.tie} desc`;
      const [rows, counts] = await Promise.all([
        execute<Record<string, unknown> & { i: string }>(
          em,
          `select k.i, ${spec.columns('x')}
             from unnest(?::uuid[], ?::date[], ?::text[], ?::int[]) with ordinality as k (contact_id, after_day, after_tie, lim, i)
             cross join lateral (
               select x.* from ${spec.table} x
                where x.contact_id = k.contact_id and ${scope.sql}
                  and (k.after_day is null or (x.${spec.day}, x.${spec.tie}) < (k.after_day, k.after_tie::${spec.tieType}))
                order by ${order} limit k.lim
             ) x
            order by k.i, ${order}`,
          [
            pgArray(keys.map((k) => k.contactId)),
            pgArray(keys.map((k) => k.after?.[0] ?? null)),
            pgArray(keys.map((k) => k.after?.[1] ?? null)),
            pgArray(keys.map((k) => k.first + 1)),
            ...scope.params,
          ],
        ),
        execute<{ contact_id: string; n: number }>(
          em,
          `select x.contact_id, count(*)::int as n from ${spec.table} x where x.contact_id = any(?::uuid[]) and ${scope.sql} group by x.contact_id`,
          [pgArray([...new Set(keys.map((k) => k.contactId))]), ...scope.params],
        ),
      ]);
      const totals = new Map(counts.map((c) => [c.contact_id, c.n]));
      return keys.map((key, index) => {
        const records = rows.filter((r) => Number(r.i) === index + 1).map(spec.toRecord);
        const page = records.slice(0, key.first);
        const edges = page.map((node) => ({ cursor: encodeCursor(spec.cursorOf(node)), node }));
        return {
          edges,
          pageInfo: { hasNextPage: records.length > key.first, endCursor: edges.at(-1)?.cursor ?? null },
          totalCount: totals.get(key.contactId) ?? 0,
        };
      });
    },
    { cacheKeyFn: (k) => `${k.contactId}|${k.first}|${k.after?.join('|') ?? ''}` },
  );
}
