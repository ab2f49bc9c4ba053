import type { GqlResponse, TestServer } from './test-server';

/** By-id probes per request: under the alias limit (30) and the cost limit (20,000). */
const CHUNK = 25;
/** Aliased `contacts(first: 100)` lists per request: each costs about 800. */
const LIST_CHUNK = 20;
export const PAGE = 100;

export interface Page {
  totalCount: number;
  totalCountCapped: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type Probes = ReturnType<typeof createProbes>;

/** GraphQL probes over many ids and pages, for tests that check records one by one. */
export function createProbes(server: TestServer) {
  async function ok<T>(query: string, variables: Record<string, unknown>, token: string | undefined): Promise<T> {
    const res: GqlResponse<T> = await server.gql<T>(query, variables, token ? { token } : {});
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors.map((e) => ({ message: e.message, code: e.extensions?.code, path: e.path })))}`);
    if (res.data === null) throw new Error('no data');
    return res.data;
  }

  /** `field(id:)` for every id, aliased in chunks; answers keyed by id. */
  async function probeById<T>(token: string, field: string, selection: string, ids: readonly string[]): Promise<Map<string, T | null>> {
    const out = new Map<string, T | null>();
    for (const part of chunks(ids)) {
      const vars = part.map((_, i) => `$v${i}: ID!`).join(', ');
      const body = part.map((_, i) => `a${i}: ${field}(id: $v${i}) ${selection}`).join('\n');
      const data = await ok<Record<string, T | null>>(`query(${vars}) {\n${body}\n}`, Object.fromEntries(part.map((id, i) => [`v${i}`, id])), token);
      part.forEach((id, i) => out.set(id, data[`a${i}`]));
    }
    return out;
  }

  const PAGE_FIELDS = 'totalCount totalCountCapped pageInfo { hasNextPage endCursor } edges { node { id } }';

  /** Every page of a contacts list: ids in order, and the totals each page reported. */
  async function allContacts(token: string, args: { first: number; search?: string; orgUnitId?: string }): Promise<{ ids: string[]; totals: number[]; capped: boolean[] }> {
    const ids: string[] = [];
    const totals: number[] = [];
    const capped: boolean[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const data: { contacts: Page } = await ok<{ contacts: Page }>(
        `query($first: Int, $after: String, $search: String, $orgUnitId: ID) {
          contacts(first: $first, after: $after, search: $search, orgUnitId: $orgUnitId) { ${PAGE_FIELDS} } }`,
        { ...args, after },
        token,
      );
      ids.push(...data.contacts.edges.map((e) => e.node.id));
      totals.push(data.contacts.totalCount);
      capped.push(data.contacts.totalCountCapped);
      if (!data.contacts.pageInfo.hasNextPage) return { ids, totals, capped };
      after = data.contacts.pageInfo.endCursor;
    }
    throw new Error('contacts: more than 100 pages');
  }

  /**
   * `contacts(orgUnitId:)` for every unit, first pages aliased in chunks; a unit whose
   * subtree needs more than one page is then paged through on its own.
   */
  async function contactsPerUnit(token: string, unitIds: readonly string[], search?: string): Promise<Map<string, { ids: string[]; totalCount: number }>> {
    const out = new Map<string, { ids: string[]; totalCount: number }>();
    for (const part of chunks(unitIds, LIST_CHUNK)) {
      const vars = [...part.map((_, i) => `$v${i}: ID!`), ...(search ? ['$search: String'] : [])].join(', ');
      const body = part
        .map((_, i) => `a${i}: contacts(first: ${PAGE}, orgUnitId: $v${i}${search ? ', search: $search' : ''}) { ${PAGE_FIELDS} }`)
        .join('\n');
      const variables: Record<string, unknown> = Object.fromEntries(part.map((id, i) => [`v${i}`, id]));
      if (search) variables.search = search;
      const data = await ok<Record<string, Page>>(`query(${vars}) {\n${body}\n}`, variables, token);
      for (const [i, id] of part.entries()) {
        const page = data[`a${i}`];
        if (page.pageInfo.hasNextPage) {
          const all = await allContacts(token, { first: PAGE, orgUnitId: id, ...(search ? { search } : {}) });
          out.set(id, { ids: all.ids, totalCount: all.totals[0] });
        } else {
          out.set(id, { ids: page.edges.map((e) => e.node.id), totalCount: page.totalCount });
        }
      }
    }
    return out;
  }

  return { ok, probeById, allContacts, contactsPerUnit };
}
