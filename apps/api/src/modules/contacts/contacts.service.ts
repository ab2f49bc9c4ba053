import { MIN_SEARCH_LENGTH, parseContactSearch, type ContactSearchQuery } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import type { SqlFragment } from '../../platform/auth/scope-sql';
import { UserError } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import { decodeCursor, encodeCursor, invalidCursor, pageSize } from '../../platform/graphql/pagination';
import { WHOLE_SCOPE } from '../org/org-counts.loaders';
import type { ContactRecord } from './contact.record';
import { contactConditions, pageReader } from './contact-page-reader';
import { countAndRank, findRankedPage, searchPredicates, type CappedTotal, type SearchCursor, type SearchRequest } from './contact-search';
import type { ContactConnection } from './contact.types';

/** Broad searches stop counting here; the UI shows "10,000+". */
export const TOTAL_COUNT_CAP = 10_000;

/** Up to this many contacts in scope, a search filters the scope's rows instead of using the trigram index. */
export const SMALL_SCOPE = 5_000;

export interface ContactListArgs {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  orgUnitId?: string | null;
}

/** The GraphQL ContactConnection as the service builds it: records as nodes. */
export interface ContactPage extends Omit<ContactConnection, 'edges'> {
  edges: { cursor: string; node: ContactRecord }[];
}

export class ContactsService {
  constructor(private readonly ctx: GraphQLContext) {}

  byId(id: string): Promise<ContactRecord | null> {
    return this.ctx.loaders.contacts.byId.load(id);
  }

  /**
   * A page of contacts in scope in name order on the (sort_name, id) keyset, with the total
   * from the per-unit counters. A search ranks its matches instead (see contact-search.ts)
   * and counts them up to the cap.
   */
  async list(args: ContactListArgs): Promise<ContactPage> {
    const first = pageSize(args.first);
    const query = this.searchQuery(args.search);

    let unitPath: string | undefined;
    if (args.orgUnitId) {
      const unit = await this.ctx.loaders.org.byId.load(args.orgUnitId);
      if (!unit) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0, totalCountCapped: false };
      unitPath = unit.path;
    }
    const narrowing: SqlFragment[] = unitPath ? [{ sql: 'c.org_path <@ ?::ltree', params: [unitPath] }] : [];

    if (query) return this.search(query, narrowing, unitPath, args.after, first);
    const after = args.after ? listCursor(decodeCursor(args.after, 2)) : null;
    const keyset: SqlFragment[] = after ? [{ sql: '(c.sort_name, c.id) > (?, ?::uuid)', params: after }] : [];
    const read = pageReader(contactConditions(this.ctx.viewer, [...narrowing, ...keyset]), first + 1);
    const [rows, total] = await Promise.all([read(this.ctx.em, 'walk'), this.counterTotal(unitPath)]);
    return connection(rows.map((contact) => ({ cursor: encodeCursor([contact.sortName, contact.id]), node: contact })), first, total);
  }

  private async search(query: ContactSearchQuery, narrowing: SqlFragment[], unitPath: string | undefined, afterCursor: string | null | undefined, first: number): Promise<ContactPage> {
    const after = afterCursor ? searchCursor(decodeCursor(afterCursor, 3)) : null;
    // In a small scope, reading its few rows and filtering them beats the search indexes.
    const smallScope = (await this.counterTotal(unitPath)).count <= SMALL_SCOPE;
    const request: SearchRequest = { viewer: this.ctx.viewer, narrowing, predicates: searchPredicates(query, smallScope), after, limit: first + 1 };
    // Count first: under the cap the same statement ranks the page; over it, the index plans do.
    const counted = await countAndRank(this.ctx.em, request, TOTAL_COUNT_CAP);
    const total = counted.total;
    const ranked = counted.page ?? (await findRankedPage(this.ctx.em, request));
    const edges = ranked.map(({ contact, tier }) => ({ cursor: encodeCursor([tier, contact.sortName, contact.id]), node: contact }));
    return connection(edges, first, total);
  }

  private searchQuery(search: string | null | undefined): ContactSearchQuery | null {
    if (search === null || search === undefined || search.trim() === '') return null;
    const parsed = parseContactSearch(search);
    if (!parsed) {
      throw new UserError(
        'BAD_USER_INPUT',
        'errors:searchTooShort',
        `Type at least ${MIN_SEARCH_LENGTH} letters or digits to search.`,
        { field: 'search', params: { min: MIN_SEARCH_LENGTH } },
      );
    }
    return parsed;
  }

  private async counterTotal(unitPath: string | undefined): Promise<CappedTotal> {
    const count = await this.ctx.loaders.orgCounts.contactCount.load(unitPath ?? WHOLE_SCOPE);
    return { count, capped: false };
  }
}

/** The page of `first` from up to `first + 1` fetched edges: the extra one only says there is more. */
function connection(fetched: ContactPage['edges'], first: number, total: CappedTotal): ContactPage {
  const edges = fetched.slice(0, first);
  return {
    edges,
    pageInfo: { hasNextPage: fetched.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total.count,
    totalCountCapped: total.capped,
  };
}

/** A decoded list cursor (sort name, id), or the same error as any forged cursor. */
function listCursor(values: (string | number)[]): [string, string] {
  const [sortName, id] = values;
  if (typeof sortName === 'string' && typeof id === 'string' && isUuid(id)) return [sortName, id];
  throw invalidCursor();
}

/** A decoded search cursor (tier, sort name, id), or the same error as any forged cursor. */
function searchCursor(values: (string | number)[]): SearchCursor {
  const [tier, sortName, id] = values;
  if ((tier === 0 || tier === 1) && typeof sortName === 'string' && typeof id === 'string' && isUuid(id)) return [tier, sortName, id];
  throw invalidCursor();
}
