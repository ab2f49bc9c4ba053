import type { GraphQLContext } from '../../context';
import { unauthenticated } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import { decodeCursor, encodeCursor, invalidCursor, pageSize } from '../../platform/graphql/pagination';
import { readMerges, type ContactMergeRecord } from './contact-merges.reader';

export interface ContactMergePage {
  edges: { cursor: string; node: ContactMergeRecord }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const TIME_KEY = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$/;

/** The recent merges list and single merges, as the viewer may see them. */
export class ContactMergesService {
  constructor(private readonly ctx: GraphQLContext) {}

  /** Merges within the unit's subtree (both records), newest first. */
  async list(args: { orgUnitId: string; first?: number | null; after?: string | null }): Promise<ContactMergePage> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw unauthenticated();
    const first = pageSize(args.first);
    const unit = isUuid(args.orgUnitId) ? await this.ctx.loaders.org.byId.load(args.orgUnitId) : null;
    if (!unit) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const after = args.after ? mergeCursor(decodeCursor(args.after, 2)) : null;
    const rows = await readMerges(this.ctx, viewer, { unitPath: unit.path, after, limit: first + 1 });
    const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor([node.cursorTime, node.id]), node }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async byId(id: string): Promise<ContactMergeRecord | null> {
    const viewer = this.ctx.viewer;
    if (!viewer || !isUuid(id)) return null;
    const [merge] = await readMerges(this.ctx, viewer, { ids: [id], limit: 1 });
    return merge ?? null;
  }
}

function mergeCursor(values: (string | number)[]): [string, string] {
  const [time, id] = values;
  if (typeof time === 'string' && TIME_KEY.test(time) && typeof id === 'string' && isUuid(id)) return [time, id];
  throw invalidCursor();
}
