import type { GraphQLContext } from '../../context';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import { execute } from '../../platform/db/sql';
import { isUuid } from '../../platform/graphql/ids';
import { decodeCursor, encodeCursor, invalidCursor, pageSize } from '../../platform/graphql/pagination';
import type { ContactRecord } from '../contacts/contact.record';
import type { ContactPage } from '../contacts/contacts.service';
import type { ContactFilterInput } from './contact-filter.graphql';
import { ContactGroup } from './contact-group.entity';
import { contactGroupColumns, toContactGroupRecord, type ContactGroupRecord, type ContactGroupRow } from './contact-group.record';
import { checkedFilter, countInScope, filterContext, groupConditions, readPageInScope, type NameCursor } from './contact-set';
import { compileContactFilter } from './contact-filter-sql';

export const PREVIEW_SAMPLE_SIZE = 10;

export interface ContactGroupListArgs {
  first?: number | null;
  after?: string | null;
  search?: string | null;
}

export interface ContactGroupPage {
  edges: { cursor: string; node: ContactGroupRecord }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export interface ContactFilterPreviewResult {
  count: number;
  sample: ContactRecord[];
}

/** Reading groups: the list, one group, its count and its contacts, always within the viewer's scope. */
export class ContactGroupsService {
  constructor(private readonly ctx: GraphQLContext) {}

  byId(id: string): Promise<ContactGroupRecord | null> {
    return this.ctx.loaders.groups.byId.load(id);
  }

  /** Visible groups by name, optionally those whose name contains `search`. */
  async list(args: ContactGroupListArgs): Promise<ContactGroupPage> {
    const first = pageSize(args.first);
    const scope = readScopeSql(this.ctx.viewer, ContactGroup, 'g');
    const search = args.search?.trim();
    const where = [scope.sql, ...(search ? ["g.name ilike ? escape '\\'"] : [])].join(' and ');
    const params = [...scope.params, ...(search ? [`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`] : [])];
    const after = args.after ? groupCursor(decodeCursor(args.after, 2)) : null;
    const keyset = after ? ' and (g.name, g.id) > (?, ?::uuid)' : '';
    const [rows, [total]] = await Promise.all([
      execute<ContactGroupRow>(this.ctx.em, `select ${contactGroupColumns('g')} from contact_group g where ${where}${keyset} order by g.name, g.id limit ${first + 1}`, [
        ...params, ...(after ?? []),
      ]),
      execute<{ n: string }>(this.ctx.em, `select count(*) as n from contact_group g where ${where}`, params),
    ]);
    const edges = rows.slice(0, first).map((row) => {
      const node = toContactGroupRecord(row);
      return { cursor: encodeCursor([node.name, node.id]), node };
    });
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: Number(total.n) };
  }

  /** Exact: how many of the group's contacts lie in the viewer's scope. */
  count(group: ContactGroupRecord): Promise<number> {
    return this.ctx.loaders.groups.count.load(group);
  }

  /** The group's contacts in the viewer's scope, by name, on the (sort_name, id) keyset like the contacts list. */
  async contacts(group: ContactGroupRecord, firstArg: number | null | undefined, afterArg: string | null | undefined): Promise<ContactPage> {
    const first = pageSize(firstArg);
    const after = afterArg ? nameCursor(decodeCursor(afterArg, 2)) : null;
    const context = await filterContext(this.ctx.em, this.ctx.config.timeZone, group.filter ? [group.filter] : []);
    const [rows, total] = await Promise.all([
      readPageInScope(this.ctx.em, this.ctx.viewer, groupConditions(group, context), first + 1, after),
      this.count(group),
    ]);
    const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor([node.sortName, node.id]), node }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: total, totalCountCapped: false };
  }

  /** The builder's live count: what the filter matches in scope now, and the first few by name. */
  async preview(input: ContactFilterInput): Promise<ContactFilterPreviewResult> {
    const filter = checkedFilter(input);
    const conditions = compileContactFilter(filter, await filterContext(this.ctx.em, this.ctx.config.timeZone, [filter]));
    const [count, sample] = await Promise.all([
      countInScope(this.ctx.em, this.ctx.viewer, conditions),
      readPageInScope(this.ctx.em, this.ctx.viewer, conditions, PREVIEW_SAMPLE_SIZE, null),
    ]);
    return { count, sample };
  }
}

function groupCursor(values: (string | number)[]): [string, string] {
  const [name, id] = values;
  if (typeof name === 'string' && typeof id === 'string' && isUuid(id)) return [name, id];
  throw invalidCursor();
}

function nameCursor(values: (string | number)[]): NameCursor {
  const [sortName, id] = values;
  if (typeof sortName === 'string' && typeof id === 'string' && isUuid(id)) return [sortName, id];
  throw invalidCursor();
}
