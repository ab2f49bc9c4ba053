import { execute } from '../../platform/db/sql';
import { raw } from '@mikro-orm/postgresql';
import { MIN_SEARCH_LENGTH, parseContactSearch } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { UserError } from '../../platform/graphql/errors';
import { decodeCursor, encodeCursor, pageSize } from '../../platform/graphql/pagination';
import { scopePredicate } from '../../platform/auth/scope-sql';
import { Contact, CONTACT_SCOPE } from './contact.entity';
import type { ContactConnection } from './contact.types';
import { findSearchPage } from './contact-search-page';
import { WHOLE_SCOPE } from '../org/org-counts.loaders';

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

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export class ContactsService {
  constructor(private readonly ctx: GraphQLContext) {}

  byId(id: string): Promise<Contact | null> {
    return this.ctx.loaders.contacts.byId.load(id);
  }

  /**
   * A page of contacts in scope, ordered by name on the (sort_name, id) keyset. Scope is
   * added by the entity filter; the total comes from counters, or a capped count when searching.
   */
  async list(args: ContactListArgs): Promise<ContactConnection> {
    const first = pageSize(args.first);
    const needle = this.needle(args.search);
    const after = args.after ? decodeCursor(args.after, 2) : null;
    const empty: ContactConnection = {
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 0,
      totalCountCapped: false,
    };

    let unitPath: string | undefined;
    if (args.orgUnitId) {
      const unit = await this.ctx.loaders.org.byId.load(args.orgUnitId);
      if (!unit) return empty;
      unitPath = unit.path;
    }

    // In a small scope, reading its few rows through the scope index and filtering beats the
    // trigram index, whose posting lists for a common fragment span the whole table.
    const smallScope = needle !== null && (await this.counterTotal(unitPath)).count <= SMALL_SCOPE;
    const matchSql = (a: string) => (smallScope ? `(${a}.search_doc || '') like ?` : `${a}.search_doc like ?`);

    // Built anew for every query: a raw fragment used as a key is spent by its query.
    const where = () => {
      const w: Record<string, unknown> = {};
      if (unitPath) w[raw((a: string) => `${a}.org_path <@ ?::ltree`, [unitPath])] = [];
      if (needle) w[raw(matchSql, [`%${escapeLike(needle)}%`])] = [];
      if (after) w[raw((a: string) => `(${a}.sort_name, ${a}.id) > (?, ?::uuid)`, after)] = [];
      return w;
    };

    let rows: Contact[];
    let total: { count: number; capped: boolean };
    if (needle) {
      // Count first: how many matches there are decides how to fetch the page.
      total = await this.cappedCount(unitPath, needle, matchSql);
      rows = await findSearchPage(this.ctx.em, where, first + 1, total.capped);
    } else {
      [rows, total] = await Promise.all([
        this.ctx.em.find(Contact, where(), { orderBy: { sortName: 'asc', id: 'asc' }, limit: first + 1 }),
        this.counterTotal(unitPath),
      ]);
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

  private async counterTotal(unitPath: string | undefined): Promise<{ count: number; capped: boolean }> {
    const count = await this.ctx.loaders.orgCounts.contactCount.load(unitPath ?? WHOLE_SCOPE);
    return { count, capped: false };
  }

  private async cappedCount(unitPath: string | undefined, needle: string, matchSql: (alias: string) => string): Promise<{ count: number; capped: boolean }> {
    const scope = scopePredicate(this.ctx.scope('contacts'), CONTACT_SCOPE, 'c');
    const conditions = [scope.sql, matchSql('c')];
    const params: unknown[] = [...scope.params, `%${escapeLike(needle)}%`];
    if (unitPath) {
      conditions.push('c.org_path <@ ?::ltree');
      params.push(unitPath);
    }
    const rows: { n: string }[] = await execute(this.ctx.em, `select count(*) as n from (select 1 from contact c where ${conditions.join(' and ')} limit ${TOTAL_COUNT_CAP + 1}) s`, params);
    const count = Number(rows[0]?.n ?? 0);
    return count > TOTAL_COUNT_CAP ? { count: TOTAL_COUNT_CAP, capped: true } : { count, capped: false };
  }
}
