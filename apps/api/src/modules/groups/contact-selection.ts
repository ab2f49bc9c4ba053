import type { EntityManager } from '@mikro-orm/postgresql';
import { parseContactSearch, MIN_SEARCH_LENGTH, type ContactFilter } from '@hromada/shared';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import type { SqlFragment } from '../../platform/auth/scope-sql';
import type { Viewer } from '../../platform/auth/viewer';
import { execute, pgArray } from '../../platform/db/sql';
import { notFound, UserError, ValidationFailed } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import { searchPredicates } from '../contacts/contact-search';
import { OrgUnit } from '../org/org-unit.entity';
import { compileContactFilter } from './contact-filter-sql';
import { ContactGroup } from './contact-group.entity';
import { contactGroupColumns, toContactGroupRecord, type ContactGroupRecord, type ContactGroupRow } from './contact-group.record';
import type { ContactSelectionInput } from './contact-selection.inputs';
import { checkedFilter, filterContext, groupConditions } from './contact-set';

export const MAX_SELECTED_IDS = 1_000;

/** A selection as it is stored with a task, an export and in the audit log: checked, plain JSON. */
export type StoredSelection =
  | { kind: 'list'; search: string | null; orgUnitId: string | null }
  | { kind: 'filter'; filter: ContactFilter }
  | { kind: 'group'; groupId: string }
  | { kind: 'ids'; contactIds: string[] };

/** What turning a selection into SQL reads: the viewer's scope and the organization's zone. */
export interface SelectionDeps {
  em: EntityManager;
  viewer: Viewer | null;
  timeZone: string;
}

const selectionInvalid = () =>
  new UserError('BAD_USER_INPUT', 'errors:selectionInvalid', 'Give exactly one of list, filter, groupId or contactIds.', { field: 'selection' });

/** Checks a selection from the API; bad filter fields and search text are reported like any input. */
export function checkSelection(input: ContactSelectionInput): StoredSelection {
  const given = [input.list, input.filter, input.groupId, input.contactIds].filter((v) => v !== undefined && v !== null);
  if (given.length !== 1) throw selectionInvalid();
  if (input.list) {
    const search = input.list.search?.trim() || null;
    if (search && !parseContactSearch(search)) {
      throw new UserError('BAD_USER_INPUT', 'errors:searchTooShort', `Type at least ${MIN_SEARCH_LENGTH} letters or digits to search.`, {
        field: 'search',
        params: { min: MIN_SEARCH_LENGTH },
      });
    }
    return { kind: 'list', search, orgUnitId: input.list.orgUnitId || null };
  }
  if (input.filter) return { kind: 'filter', filter: checkedFilter(input.filter) };
  if (input.groupId) return { kind: 'group', groupId: input.groupId };
  const ids = [...new Set(input.contactIds ?? [])];
  if (ids.length === 0) throw selectionInvalid();
  if (ids.length > MAX_SELECTED_IDS) throw new ValidationFailed([{ field: 'contactIds', i18nKey: 'errors:tooManyItems', params: { max: MAX_SELECTED_IDS } }]);
  return { kind: 'ids', contactIds: ids.filter(isUuid) };
}

/**
 * The selection as conditions on `contact c`, without scope: callers add the viewer's read
 * (and, to change rows, write) scope. A group must be one the viewer may see; a unit or
 * contact outside the scope simply selects nothing.
 */
export async function selectionConditions(deps: SelectionDeps, selection: StoredSelection): Promise<SqlFragment> {
  switch (selection.kind) {
    case 'list': {
      const parts: SqlFragment[] = [];
      if (selection.orgUnitId) {
        const path = await visibleUnitPath(deps, selection.orgUnitId);
        parts.push(path === null ? { sql: 'false', params: [] } : { sql: 'c.org_path <@ ?::ltree', params: [path] });
      }
      const query = selection.search ? parseContactSearch(selection.search) : null;
      if (query) parts.push(searchPredicates(query, false).match);
      return parts.length === 0 ? { sql: 'true', params: [] } : { sql: parts.map((p) => `(${p.sql})`).join(' and '), params: parts.flatMap((p) => p.params) };
    }
    case 'filter':
      return compileContactFilter(selection.filter, await filterContext(deps.em, deps.timeZone, [selection.filter]));
    case 'group': {
      const group = await visibleGroup(deps, selection.groupId);
      if (!group) throw notFound();
      return groupConditions(group, await filterContext(deps.em, deps.timeZone, group.filter ? [group.filter] : []));
    }
    case 'ids':
      return { sql: 'c.id = any(?::uuid[])', params: [pgArray(selection.contactIds)] };
  }
}

/** A group the viewer may see, or null: the same answer for unknown and out of scope. */
export async function visibleGroup(deps: Pick<SelectionDeps, 'em' | 'viewer'>, id: string): Promise<ContactGroupRecord | null> {
  if (!isUuid(id)) return null;
  const scope = readScopeSql(deps.viewer, ContactGroup, 'g');
  const [row] = await execute<ContactGroupRow>(deps.em, `select ${contactGroupColumns('g')} from contact_group g where g.id = ? and ${scope.sql}`, [id, ...scope.params]);
  return row ? toContactGroupRecord(row) : null;
}

async function visibleUnitPath(deps: SelectionDeps, id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const scope = readScopeSql(deps.viewer, OrgUnit, 'u');
  const [row] = await execute<{ path: string }>(deps.em, `select u.path::text as path from org_unit u where u.id = ? and ${scope.sql}`, [id, ...scope.params]);
  return row?.path ?? null;
}
