import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../../context';
import { scopePredicate } from '../../platform/auth/scope-sql';
import { execute } from '../../platform/db/sql';
import { decodeCursor, encodeCursor, invalidCursor, pageSize } from '../../platform/graphql/pagination';
import { isUuid } from '../../platform/graphql/ids';
import { unauthenticated } from '../../platform/graphql/errors';
import { orgUnitColumns, toOrgUnitRecord, type OrgUnitRecord, type OrgUnitRow } from '../org/org-unit.record';
import { ContactImport } from './contact-import.entity';
import { ContactImportMapping } from './contact-import-mapping.entity';
import type { ContactImportRowType } from './contact-import.types';
import type { RowOutcome } from './import-planner';
import type { RowError } from './import-row-mapper';

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

function page<T>(nodes: T[], size: number, totalCount: number, cursorOf: (node: T) => (string | number)[]): Page<T> {
  const edges = nodes.slice(0, size).map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return { edges, pageInfo: { hasNextPage: nodes.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/** At most this many units are offered as an import's unit; a search narrows them. */
export const MAX_TARGET_UNITS = 50;

/** The viewer's imports, their rows and saved mappings, page by page; and the units they may import into. */
export class ContactImportPages {
  constructor(private readonly ctx: GraphQLContext) {}

  async imports(first: number, after: string | null | undefined): Promise<Page<ContactImport>> {
    const size = pageSize(first);
    const createdBy = this.userId();
    const where = after ? keysetBefore(after) : {};
    const [nodes, totalCount] = await Promise.all([
      this.ctx.em.find(ContactImport, { createdBy, ...where }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: size + 1 }),
      this.ctx.em.fork().count(ContactImport, { createdBy }),
    ]);
    return page(nodes, size, totalCount, (node) => [node.createdAt.toISOString(), node.id]);
  }

  async savedMappings(first: number, after: string | null | undefined): Promise<Page<ContactImportMapping>> {
    const size = pageSize(first);
    const createdBy = this.userId();
    const where = after ? keysetBefore(after, 'updatedAt') : {};
    const [nodes, totalCount] = await Promise.all([
      this.ctx.em.find(ContactImportMapping, { createdBy, ...where }, { orderBy: { updatedAt: 'desc', id: 'desc' }, limit: size + 1 }),
      this.ctx.em.fork().count(ContactImportMapping, { createdBy }),
    ]);
    return page(nodes, size, totalCount, (node) => [node.updatedAt.toISOString(), node.id]);
  }

  /** Rows of the import's last run in file order, all or those of one outcome. */
  async rows(contactImport: ContactImport, outcome: RowOutcome | null | undefined, first: number, after: string | null | undefined): Promise<Page<ContactImportRowType>> {
    const size = pageSize(first);
    const from = after ? Number(decodeCursor(after, 1)[0]) : 0;
    const filter = outcome ? 'and outcome = ?' : '';
    const params = outcome ? [contactImport.id, outcome] : [contactImport.id];
    const em = this.ctx.em;
    const [rows, [{ count }]] = await Promise.all([
      execute<{ row_number: number; outcome: RowOutcome; contact_id: string | null; errors: RowError[] | null }>(
        em,
        `select row_number, outcome, contact_id, errors from contact_import_row
          where import_id = ? ${filter} and row_number > ? order by row_number limit ${size + 1}`,
        [...params, Number.isFinite(from) ? from : 0],
      ),
      execute<{ count: number }>(em.fork() as EntityManager, `select count(*)::int as count from contact_import_row where import_id = ? ${filter}`, params),
    ]);
    const nodes = rows.map((row) => ({
      row: row.row_number,
      outcome: row.outcome,
      contactId: row.contact_id,
      errors: (row.errors ?? []).map((error) => ({ ...error, header: error.column === null ? null : (contactImport.headers[error.column] ?? null) })),
    }));
    return page(nodes, size, count, (node) => [node.row]);
  }

  /** Units the viewer may add contacts to, matching `search` by name or code, in tree order. */
  async targetUnits(search: string | null | undefined, first: number): Promise<OrgUnitRecord[]> {
    if (!this.ctx.viewer) throw unauthenticated();
    const limit = Math.max(1, Math.min(first, MAX_TARGET_UNITS));
    const scope = scopePredicate(this.ctx.viewer.scope('contacts', 'write'), { path: 'path', unit: 'id' }, 'u');
    const text = (search ?? '').trim();
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await execute<OrgUnitRow>(
      this.ctx.em,
      `select ${orgUnitColumns('u')} from org_unit u
        where ${scope.sql} and (? = '' or u.name_uk ilike ? or u.name_en ilike ? or u.code ilike ?)
        order by u.path limit ${limit}`,
      [...scope.params, text, like, like, like],
    );
    return rows.map((row) => toOrgUnitRecord(row, this.ctx.locale));
  }

  private userId(): string {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer.userId;
  }
}

/** Newest first: what comes after a cursor of (time, id). */
function keysetBefore(after: string, field: 'createdAt' | 'updatedAt' = 'createdAt') {
  const [time, id] = decodeCursor(after, 2);
  const at = new Date(String(time));
  if (Number.isNaN(at.getTime()) || !isUuid(String(id))) throw invalidCursor();
  return { $or: [{ [field]: { $lt: at } }, { [field]: at, id: { $lt: String(id) } }] };
}
