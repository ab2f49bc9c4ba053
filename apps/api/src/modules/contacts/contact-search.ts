import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContactSearchQuery } from '@hromada/shared';
import type { SqlFragment } from '../../platform/auth/scope-sql';
import type { Viewer } from '../../platform/auth/viewer';
import { execute } from '../../platform/db/sql';
import { contactColumns, toContactRecord, type ContactRecord, type ContactRow } from './contact.record';
import { contactConditions, pageReader } from './contact-page-reader';
import { findSearchPage } from './contact-search-page';

/**
 * Search results are ranked in two tiers, each in name order: first the contacts whose
 * folded name starts with the fragment ("koval" → Коваленко, Ковальчук), then those that
 * contain it elsewhere (a first name, an e-mail, a phone). Cursors carry the tier.
 */
export type Tier = 0 | 1;

export interface RankedContact {
  contact: ContactRecord;
  tier: Tier;
}

/** Where the search is in the ranking: the last row's tier, sort name and id. */
export type SearchCursor = [Tier, string, string];

export interface SearchPredicates {
  /** The fragment anywhere in the search document. */
  match: SqlFragment;
  /** The fragment at its start; null for phone digits, which never start a document. */
  prefix: SqlFragment | null;
}

/** A count, and whether it stopped at the cap. */
export interface CappedTotal {
  count: number;
  capped: boolean;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The match and prefix conditions. In a small scope the column is wrapped so that the
 * planner reads the scope's few rows and filters them instead of using the search indexes.
 */
export function searchPredicates(query: ContactSearchQuery, smallScope: boolean): SearchPredicates {
  const column = smallScope ? "(c.search_doc || '')" : 'c.search_doc';
  const needle = escapeLike(query.needle);
  return {
    match: { sql: `${column} like ?`, params: [`%${needle}%`] },
    prefix: query.kind === 'phone' ? null : { sql: `${column} like ?`, params: [`${needle}%`] },
  };
}

/** One search page as asked: by whom, within what, for what, from where, how many rows. */
export interface SearchRequest {
  viewer: Viewer | null;
  /** Conditions besides scope and match, e.g. a unit's subtree. */
  narrowing: readonly SqlFragment[];
  predicates: SearchPredicates;
  after: SearchCursor | null;
  limit: number;
}

export interface CountedSearch {
  total: CappedTotal;
  /** The requested page, when the matches were few enough to rank them all; null when capped. */
  page: RankedContact[] | null;
}

/**
 * Counts the matches up to `cap` and, when they stay under it, ranks them in the same
 * statement: the matches are read once, into a CTE of (id, sort name, tier), and the page
 * is taken from it. Prefix matches are counted first, from the prefix index alone; when
 * they pass the cap the statement stops there (a one-time filter PostgreSQL checks before
 * running the rest) and returns no row.
 */
export async function countAndRank(em: EntityManager, request: SearchRequest, cap: number): Promise<CountedSearch> {
  const { viewer, narrowing, predicates, after, limit } = request;
  const { match, prefix } = predicates;
  const filter = contactConditions(viewer, [...narrowing, match]);
  const tier = prefix ? { sql: `(case when ${prefix.sql} then 0 else 1 end)`, params: prefix.params } : { sql: '1', params: [] };
  // No page is ranked once the count passed the cap: that page will come from the index plans.
  const keyset = after ? { sql: ' and (m.tier, m.sort_name, m.id) > (?, ?, ?::uuid)', params: [...after] } : { sql: '', params: [] };
  let gate: SqlFragment = { sql: '', params: [] };
  if (prefix) {
    const prefixed = contactConditions(viewer, [...narrowing, prefix]);
    gate = { sql: `where (select count(*) from (select 1 from contact c where ${prefixed.sql} limit ${cap + 1}) p) <= ${cap}`, params: prefixed.params };
  }
  const rows = await execute<ContactRow & { tier: Tier; total: string }>(
    em,
    `with m as materialized (select c.id, c.sort_name, ${tier.sql} as tier from contact c where ${filter.sql} limit ${cap + 1})
     select ${contactColumns('c')}, page.tier, t.total
       from (select count(*) as total from m) t
       left join lateral (select m.id, m.sort_name, m.tier from m where t.total <= ${cap}${keyset.sql}
                           order by m.tier, m.sort_name, m.id limit ${limit}) page on true
       left join contact c on c.id = page.id
      ${gate.sql}
      order by page.tier, page.sort_name, page.id`,
    [...tier.params, ...filter.params, ...keyset.params, ...gate.params],
  );
  if (rows.length === 0) return { total: { count: cap, capped: true }, page: null };
  const count = Number(rows[0].total);
  if (count > cap) return { total: { count: cap, capped: true }, page: null };
  const page = rows.filter((row) => row.id !== null).map((row) => ({ contact: toContactRecord(row), tier: row.tier }));
  return { total: { count, capped: false }, page };
}

const afterKey = (after: SearchCursor): SqlFragment => ({ sql: '(c.sort_name, c.id) > (?, ?::uuid)', params: [after[1], after[2]] });

const not = (condition: SqlFragment): SqlFragment => ({ sql: `not (${condition.sql})`, params: condition.params });

/**
 * Up to `limit` ranked matches after `after`, when there are too many to rank them all:
 * each tier is read on its own plan. Prefix matches come from the prefix index (sorted
 * there, then fetched by id); the rest by walking the name index within a budget, or by
 * sorting them.
 */
export async function findRankedPage(em: EntityManager, request: SearchRequest): Promise<RankedContact[]> {
  const { viewer, narrowing, predicates, after, limit } = request;
  const { match, prefix } = predicates;
  const ranked: RankedContact[] = [];
  if (prefix && (!after || after[0] === 0)) {
    const keyset = after ? [afterKey(after)] : [];
    const rows = await prefixPage(em, contactConditions(viewer, [...narrowing, prefix, ...keyset]), limit);
    ranked.push(...rows.map((contact) => ({ contact, tier: 0 as const })));
  }
  if (ranked.length < limit) {
    const keyset = after && (after[0] === 1 || !prefix) ? [afterKey(after)] : [];
    const rest = [...narrowing, match, ...(prefix ? [not(prefix)] : []), ...keyset];
    const rows = await findSearchPage(em, pageReader(contactConditions(viewer, rest), limit - ranked.length));
    ranked.push(...rows.map((contact) => ({ contact, tier: 1 as const })));
  }
  return ranked;
}

/**
 * Prefix matches in name order. The inner query needs only columns the prefix index
 * carries (scope included), so it sorts from the index alone; the page is then fetched by id.
 */
async function prefixPage(em: EntityManager, filter: SqlFragment, limit: number): Promise<ContactRecord[]> {
  const rows = await execute<ContactRow>(
    em,
    `select ${contactColumns('c')} from contact c
       join (select c.id, c.sort_name from contact c where ${filter.sql} order by c.sort_name || '', c.id limit ${limit}) page on page.id = c.id
      order by page.sort_name, page.id`,
    filter.params,
  );
  return rows.map(toContactRecord);
}
