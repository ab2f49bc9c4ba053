import { readScopeSql } from '../../platform/auth/org-scope-filter';
import type { SqlFragment } from '../../platform/auth/scope-sql';
import type { Viewer } from '../../platform/auth/viewer';
import { execute } from '../../platform/db/sql';
import { Contact } from './contact.entity';
import { contactColumns, toContactRecord, type ContactRow } from './contact.record';
import type { PageReader } from './contact-search-page';

/** The viewer's contact scope and the given conditions, on the contact table as `c`. */
export function contactConditions(viewer: Viewer | null, conditions: readonly SqlFragment[]): SqlFragment {
  const all = [readScopeSql(viewer, Contact, 'c'), ...conditions];
  return { sql: all.map((c) => c.sql).join(' and '), params: all.flatMap((c) => c.params) };
}

/**
 * Reads up to `limit` contacts matching `filter` in name order, by either plan. The sort
 * plan orders by `sort_name || ''`: the same collation and order, but the planner cannot
 * use the name index for it and fetches the matches first.
 */
export function pageReader(filter: SqlFragment, limit: number): PageReader {
  return async (em, plan) => {
    const order = plan === 'walk' ? 'c.sort_name, c.id' : "c.sort_name || '', c.id";
    const rows = await execute<ContactRow>(em, `select ${contactColumns('c')} from contact c where ${filter.sql} order by ${order} limit ${limit}`, filter.params);
    return rows.map(toContactRecord);
  };
}
