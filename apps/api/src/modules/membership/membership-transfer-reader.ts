import type { GraphQLContext } from '../../context';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import { execute } from '../../platform/db/sql';
import { isUuid } from '../../platform/graphql/ids';
import { decodeCursor, encodeCursor, invalidCursor, pageSize } from '../../platform/graphql/pagination';
import { MembershipTransfer, type TransferStatus } from './membership-transfer.entity';
import { TRANSFER_SELECT, toTransferRecord, type BranchRecord, type TransferRecord, type TransferRow } from './membership.records';

export interface TransferPage {
  edges: { cursor: string; node: TransferRecord }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Branch names searched for the transfer picker: at least this many characters. */
export const TARGET_SEARCH_MIN = 2;
const TARGETS_MAX = 50;

/** Reads for the receiving side of transfers, and the branch picker of the sending side. */
export class MembershipTransferReader {
  constructor(private readonly ctx: GraphQLContext) {}

  /** Transfers to units in the viewer's scope, newest request first; `status` null means every status. */
  async incoming(status: TransferStatus | null, firstArg: number | null | undefined, after: string | null | undefined): Promise<TransferPage> {
    const first = pageSize(firstArg);
    const scope = readScopeSql(this.ctx.viewer, MembershipTransfer, 't');
    const filter = status ? { sql: ' and t.status = ?', params: [status] } : { sql: '', params: [] };
    const cursor = after ? transferCursor(decodeCursor(after, 2)) : null;
    const keyset = cursor ? { sql: ' and (t.requested_at, t.id) < (?::timestamptz, ?::uuid)', params: cursor } : { sql: '', params: [] };
    const [rows, [count]] = await Promise.all([
      execute<TransferRow>(
        this.ctx.em,
        `${TRANSFER_SELECT} where ${scope.sql}${filter.sql}${keyset.sql} order by t.requested_at desc, t.id desc limit ?`,
        [...scope.params, ...filter.params, ...keyset.params, first + 1],
      ),
      execute<{ n: number }>(this.ctx.em, `select count(*)::int as n from membership_transfer t where ${scope.sql}${filter.sql}`, [...scope.params, ...filter.params]),
    ]);
    const edges = rows.slice(0, first).map(toTransferRecord).map((node) => ({ cursor: encodeCursor([node.requestedKey, node.id]), node }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: count.n };
  }

  /**
   * Branches anywhere in the organization whose name (or region's name) contains `search`,
   * in either language: a transfer usually goes outside the requester's scope, and unit
   * names are public knowledge. Ids and names only, never anything kept in the unit.
   */
  async targets(search: string, first: number): Promise<BranchRecord[]> {
    const text = search.trim();
    if (text.length < TARGET_SEARCH_MIN) return [];
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const name = this.ctx.locale === 'en' ? 'u.name_en' : 'u.name_uk';
    const rows = await execute<{ id: string; name_uk: string; name_en: string; region_uk: string | null; region_en: string | null }>(
      this.ctx.em,
      `select u.id, u.name_uk, u.name_en, r.name_uk as region_uk, r.name_en as region_en
         from org_unit u
         left join lateral (select r.name_uk, r.name_en from org_unit r where r.kind = 'region' and r.path @> u.path limit 1) r on true
        where u.kind = 'branch' and (u.name_uk ilike ? or u.name_en ilike ? or r.name_uk ilike ? or r.name_en ilike ?)
        order by (${name} ilike ?) desc, ${name}, u.id
        limit ?`,
      [pattern, pattern, pattern, pattern, pattern, Math.min(Math.max(first, 1), TARGETS_MAX)],
    );
    return rows.map((r) => ({ id: r.id, nameUk: r.name_uk, nameEn: r.name_en, regionNameUk: r.region_uk, regionNameEn: r.region_en }));
  }
}

/** A timestamptz as PostgreSQL writes it: `2026-11-23 14:05:08.123456+00`. */
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

function transferCursor(values: (string | number)[]): [string, string] {
  const [at, id] = values;
  if (typeof at === 'string' && TIMESTAMP_TEXT.test(at) && typeof id === 'string' && isUuid(id)) return [at, id];
  throw invalidCursor();
}
