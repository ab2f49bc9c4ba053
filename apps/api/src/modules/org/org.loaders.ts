import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OrgUnit } from './org-unit.entity';
import { orgUnitColumns, toOrgUnitRecord, type OrgUnitRecord, type OrgUnitRow } from './org-unit.record';
import { isWithin, pathAndAncestors } from '../../platform/auth/ltree-path';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import type { Viewer } from '../../platform/auth/viewer';
import { execute, pgArray } from '../../platform/db/sql';
import { isUuid } from '../../platform/graphql/ids';

export type OrgLoaders = ReturnType<typeof createOrgLoaders>;

/** Per-request batching for the org tree; every read carries the viewer's org scope. */
export function createOrgLoaders(em: EntityManager, viewer: Viewer | null, locale: 'uk' | 'en') {
  const nameColumn = locale === 'uk' ? 'u.name_uk' : 'u.name_en';

  /** Visible units matching `condition` (on alias u), in `order`. */
  const visibleUnits = async (condition: string, params: unknown[], order: string): Promise<OrgUnitRecord[]> => {
    const scope = readScopeSql(viewer, OrgUnit, 'u');
    const rows = await execute<OrgUnitRow>(em, `select ${orgUnitColumns('u')} from org_unit u where ${condition} and ${scope.sql} order by ${order}`, [
      ...params, ...scope.params,
    ]);
    return rows.map((row) => toOrgUnitRecord(row, locale));
  };

  const byId = new DataLoader<string, OrgUnitRecord | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const units = valid.length ? await visibleUnits('u.id = any(?::uuid[])', [pgArray(valid)], 'u.path') : [];
    const map = new Map(units.map((u) => [u.id, u]));
    return ids.map((id) => map.get(id) ?? null);
  });

  const children = new DataLoader<string, OrgUnitRecord[]>(async (parentIds) => {
    const units = await visibleUnits('u.parent_id = any(?::uuid[])', [pgArray(parentIds)], `${nameColumn}, u.id`);
    return parentIds.map((id) => units.filter((u) => u.parentId === id));
  });

  /** The visible units at and above a path, root first; keyed by path. */
  const onPath = new DataLoader<string, OrgUnitRecord[]>(async (paths) => {
    const units = await visibleUnits('u.path = any(?::ltree[])', [pgArray(prefixesOf(paths))], 'u.path');
    return paths.map((p) => units.filter((u) => isWithin(p, u.path)).sort((a, b) => a.depth - b.depth));
  });

  return { byId, children, onPath };
}

/** Every path above (and at) the given ones: an equality list the unique btree on path serves. */
function prefixesOf(paths: readonly string[]): string[] {
  return [...new Set(paths.flatMap(pathAndAncestors))];
}
