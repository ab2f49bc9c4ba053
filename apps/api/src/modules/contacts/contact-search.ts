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

/**
 * Matches, counted up to `cap` (then `capped`). Prefix matches are counted first, from the
 * prefix index alone: when they pass the cap the trigram count (PostgreSQL evaluates the
 * ELSE subquery only when it is reached) is never run.
 */
export async function countMatches(em: EntityManager, viewer: Viewer | null, narrowing: readonly SqlFragment[], predicates: SearchPredicates, cap: number): Promise<CappedTotal> {
  const capped = (condition: SqlFragment) => {
    const filter = contactConditions(viewer, [...narrowing, condition]);
    return { sql: `(select count(*) from (select 1 from contact c where ${filter.sql} limit ${cap + 1}) s)`, params: filter.params };
  };
  const all = capped(predicates.match);
  let query: SqlFragment = { sql: `select ${all.sql} as n`, params: all.params };
  if (predicates.prefix) {
    const prefixed = capped(predicates.prefix);
    query = { sql: `select case when ${prefixed.sql} > ${cap} then ${cap + 1} else ${all.sql} end as n`, params: [...prefixed.params, ...all.params] };
  }
  const [row] = await execute<{ n: string }>(em, query.sql, query.params);
  const count = Number(row?.n ?? 0);
  return count > cap ? { count: cap, capped: true } : { count, capped: false };
}

const afterKey = (after: SearchCursor): SqlFragment => ({ sql: '(c.sort_name, c.id) > (?, ?::uuid)', params: [after[1], after[2]] });

const not = (condition: SqlFragment): SqlFragment => ({ sql: `not (${condition.sql})`, params: condition.params });

/**
 * Up to `limit` ranked matches after `after`. Under the count cap the matches are few
 * enough to rank and sort in one statement. Over it, each tier is read on its own plan:
 * prefix matches from the prefix index (sorted there, then fetched by id), the rest by
 * walking the name index within a budget, or sorting them.
 */
export async function findRankedPage(
  em: EntityManager,
  viewer: Viewer | null,
  narrowing: readonly SqlFragment[],
  predicates: SearchPredicates,
  after: SearchCursor | null,
  limit: number,
  manyMatches: boolean,
): Promise<RankedContact[]> {
  const { match, prefix } = predicates;
  if (prefix && !manyMatches) return rankedSort(em, contactConditions(viewer, [...narrowing, match]), prefix, after, limit);
  const ranked: RankedContact[] = [];
  if (prefix && (!after || after[0] === 0)) {
    const keyset = after ? [afterKey(after)] : [];
    const rows = await prefixPage(em, contactConditions(viewer, [...narrowing, prefix, ...keyset]), limit);
    ranked.push(...rows.map((contact) => ({ contact, tier: 0 as const })));
  }
  if (ranked.length < limit) {
    const keyset = after && (after[0] === 1 || !prefix) ? [afterKey(after)] : [];
    const rest = [...narrowing, match, ...(prefix ? [not(prefix)] : []), ...keyset];
    const rows = await findSearchPage(em, pageReader(contactConditions(viewer, rest), limit - ranked.length), manyMatches);
    ranked.push(...rows.map((contact) => ({ contact, tier: 1 as const })));
  }
  return ranked;
}

/** Both tiers in one sorted statement: the tier is computed per match and leads the order. */
async function rankedSort(em: EntityManager, filter: SqlFragment, prefix: SqlFragment, after: SearchCursor | null, limit: number): Promise<RankedContact[]> {
  const tier = `(case when ${prefix.sql} then 0 else 1 end)`;
  const tierParams = prefix.params;
  const keyset = after ? { sql: ` and (${tier}, c.sort_name, c.id) > (?, ?, ?::uuid)`, params: [...tierParams, ...after] } : { sql: '', params: [] };
  const rows = await execute<ContactRow & { tier: Tier }>(
    em,
    `select ${contactColumns('c')}, ${tier} as tier from contact c where ${filter.sql}${keyset.sql}
      order by ${tier}, c.sort_name || '', c.id limit ${limit}`,
    [...tierParams, ...filter.params, ...keyset.params, ...tierParams],
  );
  return rows.map((row) => ({ contact: toContactRecord(row), tier: row.tier }));
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
