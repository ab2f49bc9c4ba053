import type { EntityManager } from '@mikro-orm/postgresql';
import { bornOnOrBefore, NO_MEMBERSHIP, type ContactFilter } from '@hromada/shared';
import type { SqlFragment } from '../../platform/auth/scope-sql';
import { execute, pgArray } from '../../platform/db/sql';

/** What turning a filter into SQL needs besides the filter. */
export interface FilterContext {
  /** The organization's today, YYYY-MM-DD: ages are counted on it. */
  today: string;
  /** The organization's zone: "created on a day" means that day there. */
  timeZone: string;
  /** Paths of the filter's units; a unit missing here (unknown id) matches nothing. */
  unitPaths: ReadonlyMap<string, string>;
}

const TRUE: SqlFragment = { sql: 'true', params: [] };
const FALSE: SqlFragment = { sql: 'false', params: [] };

/**
 * A filter as one parameterized predicate on the contact table under `alias`. It never
 * carries scope: callers always AND it with `readScopeSql` (contactConditions does), so a
 * unit outside the viewer's scope simply contributes no rows. Every criterion is a plain
 * column predicate the contact indexes serve: subtree `<@` (GiST), tag overlap and
 * containment (GIN), equality lists (btree), ranges.
 */
export function compileContactFilter(filter: ContactFilter, context: FilterContext, alias = 'c'): SqlFragment {
  const col = (name: string) => `${alias}.${name}`;
  const parts: SqlFragment[] = [];
  const add = (sql: string, ...params: unknown[]) => parts.push({ sql, params });

  if (filter.unitIds.length > 0) {
    const paths = filter.unitIds.map((id) => context.unitPaths.get(id)).filter((p): p is string => p !== undefined);
    parts.push(paths.length === 0 ? FALSE : anyOf(paths.map((path) => ({ sql: `${col('org_path')} <@ ?::ltree`, params: [path] }))));
  }
  if (filter.membershipTypes.length > 0) add(`${col('membership_type')} = any(?::text[])`, pgArray(filter.membershipTypes));
  if (filter.membershipStatuses.length > 0) {
    const statuses = filter.membershipStatuses.filter((s) => s !== NO_MEMBERSHIP);
    const none = statuses.length < filter.membershipStatuses.length;
    const options: SqlFragment[] = [];
    if (statuses.length > 0) options.push({ sql: `${col('membership_status')} = any(?::text[])`, params: [pgArray(statuses)] });
    if (none) options.push({ sql: `${col('membership_status')} is null`, params: [] });
    parts.push(anyOf(options));
  }
  if (filter.contactTypes.length > 0) add(`${col('contact_type')} = any(?::text[])`, pgArray(filter.contactTypes));
  if (filter.tagsAny.length > 0) add(`${col('tags')} && ?::text[]`, pgArray(filter.tagsAny));
  if (filter.tagsAll.length > 0) add(`${col('tags')} @> ?::text[]`, pgArray(filter.tagsAll));
  if (filter.genders.length > 0) add(`${col('gender')} = any(?::text[])`, pgArray(filter.genders));
  // Whole years on the organization's today: at least N means born on or before today − N years.
  if (filter.ageMin !== null) add(`${col('birth_date')} <= ?::date`, bornOnOrBefore(context.today, filter.ageMin));
  if (filter.ageMax !== null) add(`${col('birth_date')} > ?::date`, bornOnOrBefore(context.today, filter.ageMax + 1));
  if (filter.inArrears === true) add(`${col('dues_balance')} < 0`);
  if (filter.inArrears === false) add(`${col('dues_balance')} >= 0`);
  if (filter.arrearsAtLeastKopiyky !== null) add(`${col('dues_balance')} <= ?::bigint`, String(-filter.arrearsAtLeastKopiyky));
  // Calendar days in the organization's zone, both ends included.
  if (filter.createdFrom !== null) add(`${col('created_at')} >= (?::date::timestamp at time zone ?)`, filter.createdFrom, context.timeZone);
  if (filter.createdTo !== null) add(`${col('created_at')} < ((?::date + 1)::timestamp at time zone ?)`, filter.createdTo, context.timeZone);
  if (filter.hasPhone !== null) add(`cardinality(${col('phones')}) ${filter.hasPhone ? '>' : '='} 0`);
  if (filter.hasEmail !== null) add(`cardinality(${col('emails')}) ${filter.hasEmail ? '>' : '='} 0`);
  if (filter.hasConsent !== null) add(`${col('consent_at')} is ${filter.hasConsent ? 'not ' : ''}null`);

  if (parts.length === 0) return TRUE;
  // Each part in parentheses: callers join predicates with `and`, and a part may hold an `or`.
  return { sql: parts.map((p) => `(${p.sql})`).join(' and '), params: parts.flatMap((p) => p.params) };
}

function anyOf(options: readonly SqlFragment[]): SqlFragment {
  if (options.length === 1) return options[0];
  return { sql: options.map((o) => o.sql).join(' or '), params: options.flatMap((o) => o.params) };
}

/**
 * The paths of the given units, whoever may see them: a filter naming a unit outside the
 * viewer's scope is still ANDed with the scope, and matches nothing there.
 */
export async function unitPathsOf(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await execute<{ id: string; path: string }>(em, 'select id, path::text as path from org_unit where id = any(?::uuid[])', [pgArray(ids)]);
  return new Map(rows.map((r) => [r.id, r.path]));
}
