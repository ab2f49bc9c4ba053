import { MIN_SEARCH_LENGTH, parseContactSearch } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import type { SqlFragment } from '../../platform/auth/scope-sql';
import { execute } from '../../platform/db/sql';
import { UserError } from '../../platform/graphql/errors';
import { decodeCursor, encodeCursor, pageSize } from '../../platform/graphql/pagination';
import { WHOLE_SCOPE } from '../org/org-counts.loaders';
import type { ContactRecord } from './contact.record';
import { contactConditions, pageReader } from './contact-page-reader';
import { findSearchPage } from './contact-search-page';
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

interface Total {
  count: number;
  capped: boolean;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export class ContactsService {
  constructor(private readonly ctx: GraphQLContext) {}

  byId(id: string): Promise<ContactRecord | null> {
    return this.ctx.loaders.contacts.byId.load(id);
  }

  /**
   * A page of contacts in scope, ordered by name on the (sort_name, id) keyset. The total
   * comes from the per-unit counters, or from a capped count when searching.
   */
  async list(args: ContactListArgs): Promise<ContactConnection> {
    const first = pageSize(args.first);
    const needle = this.needle(args.search);
    const after = args.after ? decodeCursor(args.after, 2) : null;

    let unitPath: string | undefined;
    if (args.orgUnitId) {
      const unit = await this.ctx.loaders.org.byId.load(args.orgUnitId);
      if (!unit) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0, totalCountCapped: false };
      unitPath = unit.path;
    }

    const narrowing: SqlFragment[] = [];
    if (unitPath) narrowing.push({ sql: 'c.org_path <@ ?::ltree', params: [unitPath] });
    if (needle) {
      // In a small scope, reading its few rows through the scope index and filtering beats the
      // trigram index, whose posting lists for a common fragment span the whole table.
      const smallScope = (await this.counterTotal(unitPath)).count <= SMALL_SCOPE;
      narrowing.push({ sql: smallScope ? "(c.search_doc || '') like ?" : 'c.search_doc like ?', params: [`%${escapeLike(needle)}%`] });
    }
    const keyset: SqlFragment[] = after ? [{ sql: '(c.sort_name, c.id) > (?, ?::uuid)', params: after }] : [];
    const read = pageReader(contactConditions(this.ctx.viewer, [...narrowing, ...keyset]), first + 1);

    let rows: ContactRecord[];
    let total: Total;
    if (needle) {
      // Count first: how many matches there are decides how to fetch the page.
      total = await this.cappedCount(contactConditions(this.ctx.viewer, narrowing));
      rows = await findSearchPage(this.ctx.em, read, total.capped);
    } else {
      [rows, total] = await Promise.all([read(this.ctx.em, 'walk'), this.counterTotal(unitPath)]);
    }
    const page = rows.slice(0, first);
    const edges = page.map((node) => ({ cursor: encodeCursor([node.sortName, node.id]), node }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: total.count,
      totalCountCapped: total.capped,
    };
  }

  private needle(search: string | null | undefined): string | null {
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
    return parsed.needle;
  }

  private async counterTotal(unitPath: string | undefined): Promise<Total> {
    const count = await this.ctx.loaders.orgCounts.contactCount.load(unitPath ?? WHOLE_SCOPE);
    return { count, capped: false };
  }

  private async cappedCount(filter: SqlFragment): Promise<Total> {
    const rows = await execute<{ n: string }>(this.ctx.em, `select count(*) as n from (select 1 from contact c where ${filter.sql} limit ${TOTAL_COUNT_CAP + 1}) s`, filter.params);
    const count = Number(rows[0]?.n ?? 0);
    return count > TOTAL_COUNT_CAP ? { count: TOTAL_COUNT_CAP, capped: true } : { count, capped: false };
  }
}
