import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarDateIn, validateContactFilter, type ContactFilter, type ContactFilterInput } from '@hromada/shared';
import type { SqlFragment } from '../../platform/auth/scope-sql';
import type { Viewer } from '../../platform/auth/viewer';
import { execute } from '../../platform/db/sql';
import { ValidationFailed } from '../../platform/graphql/errors';
import { contactConditions, pageReader } from '../contacts/contact-page-reader';
import type { ContactRecord } from '../contacts/contact.record';
import { findSearchPage } from '../contacts/contact-search-page';
import { compileContactFilter, unitPathsOf, type FilterContext } from './contact-filter-sql';
import type { ContactGroupRecord } from './contact-group.record';

/**
 * Sets of contacts described by conditions on `contact c` (a filter, a group, a list):
 * counted and read only within the viewer's read scope.
 */

/** A filter from the API, checked: every bad field is reported at once, in the user's language. */
export function checkedFilter(input: ContactFilterInput): ContactFilter {
  const result = validateContactFilter(input);
  if (!result.ok) throw new ValidationFailed(result.problems);
  return result.value;
}

/** The context a batch of filters compiles in: the org's today and the paths of every unit they name. */
export async function filterContext(em: EntityManager, timeZone: string, filters: readonly ContactFilter[]): Promise<FilterContext> {
  const unitIds = [...new Set(filters.flatMap((f) => f.unitIds))];
  return { today: calendarDateIn(timeZone), timeZone, unitPaths: await unitPathsOf(em, unitIds) };
}

/**
 * Who is in a group, as conditions on `contact c`: contacts under its owner unit (a
 * region's group is about that region, whoever looks at it) that match its filter, or are
 * on its member list.
 */
export function groupConditions(group: ContactGroupRecord, context: FilterContext): SqlFragment {
  const members = group.filter
    ? compileContactFilter(group.filter, context)
    : { sql: 'exists (select 1 from contact_group_member m where m.group_id = ? and m.contact_id = c.id)', params: [group.id] };
  return { sql: `c.org_path <@ ?::ltree and (${members.sql})`, params: [group.orgPath, ...members.params] };
}

/** Exact count of the contacts in scope that match. */
export async function countInScope(em: EntityManager, viewer: Viewer | null, conditions: SqlFragment): Promise<number> {
  const where = contactConditions(viewer, [conditions]);
  const [row] = await execute<{ n: string }>(em, `select count(*) as n from contact c where ${where.sql}`, where.params);
  return Number(row.n);
}

/**
 * Several exact counts in one statement, each its own subquery with its own plan (a tag
 * group uses the tag index, a members group the membership index): a page of groups costs
 * one statement, not one per group.
 */
export async function countManyInScope(em: EntityManager, viewer: Viewer | null, sets: readonly SqlFragment[]): Promise<number[]> {
  if (sets.length === 0) return [];
  const parts = sets.map((set) => contactConditions(viewer, [set]));
  const sql = parts.map((p, i) => `select ${i} as i, (select count(*) from contact c where ${p.sql}) as n`).join(' union all ');
  const rows = await execute<{ i: number; n: string }>(em, sql, parts.flatMap((p) => p.params));
  const counts = new Array<number>(sets.length).fill(0);
  for (const row of rows) counts[Number(row.i)] = Number(row.n);
  return counts;
}

/** Where a page of a set starts: after this (sort name, id). */
export type NameCursor = [sortName: string, id: string];

/**
 * Up to `limit` contacts of the set in scope, in name order after `after`: walking the name
 * index while matches are dense, sorting the matches when they are few (contact-search-page.ts).
 */
export function readPageInScope(em: EntityManager, viewer: Viewer | null, conditions: SqlFragment, limit: number, after: NameCursor | null): Promise<ContactRecord[]> {
  const keyset: SqlFragment[] = after ? [{ sql: '(c.sort_name, c.id) > (?, ?::uuid)', params: after }] : [];
  return findSearchPage(em, pageReader(contactConditions(viewer, [conditions, ...keyset]), limit));
}
