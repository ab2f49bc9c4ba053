import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import type { Viewer } from '../../platform/auth/viewer';
import { execute, pgArray } from '../../platform/db/sql';
import { isUuid } from '../../platform/graphql/ids';
import { ContactGroup } from './contact-group.entity';
import { contactGroupColumns, toContactGroupRecord, type ContactGroupRecord, type ContactGroupRow } from './contact-group.record';
import { countManyInScope, filterContext, groupConditions } from './contact-set';

export type ContactGroupLoaders = ReturnType<typeof createContactGroupLoaders>;

/**
 * Groups the viewer may see, and how many of each group's contacts lie in the viewer's
 * scope: a page of groups with their counts costs a fixed number of statements.
 */
export function createContactGroupLoaders(em: EntityManager, viewer: Viewer | null, timeZone: string) {
  const byId = new DataLoader<string, ContactGroupRecord | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return ids.map(() => null);
    const scope = readScopeSql(viewer, ContactGroup, 'g');
    const rows = await execute<ContactGroupRow>(em, `select ${contactGroupColumns('g')} from contact_group g where g.id = any(?::uuid[]) and ${scope.sql}`, [
      pgArray(valid), ...scope.params,
    ]);
    const map = new Map(rows.map((row) => [row.id, toContactGroupRecord(row)]));
    return ids.map((id) => map.get(id) ?? null);
  });

  const count = new DataLoader<ContactGroupRecord, number, string>(
    async (groups) => {
      const context = await filterContext(em, timeZone, groups.flatMap((g) => (g.filter ? [g.filter] : [])));
      return countManyInScope(em, viewer, groups.map((g) => groupConditions(g, context)));
    },
    { cacheKeyFn: (group) => `${group.id}:${group.version}` },
  );

  return { byId, count };
}
