import type { DuplicatePairStatus, DuplicateRule } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { readScopeSql, writeScopeSql } from '../../platform/auth/org-scope-filter';
import type { SqlFragment } from '../../platform/auth/scope-sql';
import type { Viewer } from '../../platform/auth/viewer';
import { execute, timestamp } from '../../platform/db/sql';
import { forbidden, notFound, unauthenticated, UserError } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import { decodeCursor, encodeCursor, invalidCursor, pageSize } from '../../platform/graphql/pagination';
import { Contact } from '../contacts/contact.entity';
import type { ContactRecord } from '../contacts/contact.record';

export interface DuplicatePairRecord {
  id: string;
  contactA: ContactRecord;
  contactB: ContactRecord;
  rules: DuplicateRule[];
  score: number;
  status: DuplicatePairStatus;
  foundAt: Date;
  viewerCanMerge: boolean;
}

export interface DuplicatePairPage {
  edges: { cursor: string; node: DuplicatePairRecord }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

interface PairRow {
  id: string;
  contact_a: string;
  contact_b: string;
  rules: DuplicateRule[];
  score: number;
  status: DuplicatePairStatus;
  found_at: string;
  can_merge: boolean;
}

/** Both contacts of a pair (aliases a and b) in the viewer's read scope: a pair is seen whole or not at all. */
function bothVisible(viewer: Viewer | null): SqlFragment {
  const a = readScopeSql(viewer, Contact, 'a');
  const b = readScopeSql(viewer, Contact, 'b');
  return { sql: `${a.sql} and ${b.sql}`, params: [...a.params, ...b.params] };
}

const FROM = `from duplicate_pair p join contact a on a.id = p.contact_a join contact b on b.id = p.contact_b`;

/** Reading and dismissing duplicate pairs; a page costs two statements and one batched contact load. */
export class DuplicatePairsService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** Pairs whose both contacts are in the unit's subtree and visible, likeliest first. */
  async list(args: { orgUnitId: string; status: DuplicatePairStatus; first?: number | null; after?: string | null }): Promise<DuplicatePairPage> {
    const first = pageSize(args.first);
    const unit = isUuid(args.orgUnitId) ? await this.ctx.loaders.org.byId.load(args.orgUnitId) : null;
    if (!unit) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const visible = bothVisible(this.ctx.viewer);
    const where = `p.org_path <@ ?::ltree and a.org_path <@ ?::ltree and b.org_path <@ ?::ltree and p.status = ? and ${visible.sql}`;
    const params = [unit.path, unit.path, unit.path, args.status, ...visible.params];
    const after = args.after ? pairCursor(decodeCursor(args.after, 2)) : null;
    const keyset = after ? ' and (p.score < ? or (p.score = ? and p.id > ?::uuid))' : '';
    const [rows, [{ n }]] = await Promise.all([
      this.rows(`${where}${keyset} order by p.score desc, p.id limit ${first + 1}`, [...params, ...(after ? [after[0], after[0], after[1]] : [])]),
      execute<{ n: number }>(this.ctx.em, `select count(*)::int as n ${FROM} where ${where}`, params),
    ]);
    const records = await this.withContacts(rows.slice(0, first));
    const edges = records.map((node) => ({ cursor: encodeCursor([node.score, node.id]), node }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: n };
  }

  async byId(id: string): Promise<DuplicatePairRecord | null> {
    if (!isUuid(id)) return null;
    const visible = bothVisible(this.ctx.viewer);
    const [record] = await this.withContacts(await this.rows(`p.id = ? and ${visible.sql}`, [id, ...visible.params]));
    return record ?? null;
  }

  /** "Not the same person": the pair leaves the open list and no scan brings it back. */
  async dismiss(id: string): Promise<DuplicatePairRecord> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw unauthenticated();
    const pair = await this.byId(id);
    if (!pair) throw notFound();
    if (!pair.viewerCanMerge) throw forbidden();
    await this.ctx.em.transactional(async (em) => {
      const [changed] = await execute<{ id: string }>(
        em,
        `update duplicate_pair set status = 'dismissed', resolved_at = now(), resolved_by = ? where id = ? and status = 'open' returning id`,
        [viewer.userId, id],
      );
      if (!changed) throw new UserError('CONFLICT', 'duplicates:errors.pairNotOpen', 'This pair has already been merged or dismissed.');
      audit(em, { actorUserId: viewer.userId, operation: 'duplicatePair.dismiss', recordType: 'DuplicatePair', recordId: id, before: { status: 'open' }, after: { status: 'dismissed' } }, this.ctx);
    });
    return { ...pair, status: 'dismissed' };
  }

  private rows(condition: string, params: unknown[]): Promise<PairRow[]> {
    const a = writeScopeSql(this.ctx.viewer, Contact, 'a');
    const b = writeScopeSql(this.ctx.viewer, Contact, 'b');
    return execute<PairRow>(
      this.ctx.em,
      `select p.id, p.contact_a, p.contact_b, p.rules, p.score, p.status, p.found_at, (${a.sql} and ${b.sql}) as can_merge
         ${FROM} where ${condition}`,
      [...a.params, ...b.params, ...params],
    );
  }

  /** The pairs' contacts through the scoped loader, one batch; a pair losing a contact meanwhile is dropped. */
  private async withContacts(rows: PairRow[]): Promise<DuplicatePairRecord[]> {
    const contacts = await this.ctx.loaders.contacts.byId.loadMany(rows.flatMap((row) => [row.contact_a, row.contact_b]));
    return rows.flatMap((row, index) => {
      const contactA = contacts[2 * index];
      const contactB = contacts[2 * index + 1];
      if (!contactA || !contactB || contactA instanceof Error || contactB instanceof Error) return [];
      return [{
        id: row.id, contactA, contactB, rules: row.rules, score: row.score, status: row.status,
        foundAt: timestamp(row.found_at), viewerCanMerge: row.can_merge,
      }];
    });
  }
}

function pairCursor(values: (string | number)[]): [number, string] {
  const [score, id] = values;
  if (typeof score === 'number' && Number.isInteger(score) && typeof id === 'string' && isUuid(id)) return [score, id];
  throw invalidCursor();
}
