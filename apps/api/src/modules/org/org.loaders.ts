import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OrgUnit } from './org-unit.entity';
import { isWithin, pathAndAncestors } from '../../platform/auth/ltree-path';
import { isUuid } from '../../platform/graphql/ids';

export type OrgLoaders = ReturnType<typeof createOrgLoaders>;

/** Per-request batching for the org tree; every read goes through the scope filter. */
export function createOrgLoaders(em: EntityManager, locale: 'uk' | 'en') {
  const nameOrder = locale === 'uk' ? { nameUk: 'asc' as const } : { nameEn: 'asc' as const };

  const byId = new DataLoader<string, OrgUnit | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const units = valid.length ? await em.find(OrgUnit, { id: { $in: valid } }) : [];
    const map = new Map(units.map((u) => [u.id, u]));
    return ids.map((id) => map.get(id) ?? null);
  });

  const children = new DataLoader<string, OrgUnit[]>(async (parentIds) => {
    const units = await em.find(OrgUnit, { parentId: { $in: [...parentIds] } }, { orderBy: { ...nameOrder, id: 'asc' } });
    return parentIds.map((id) => units.filter((u) => u.parentId === id));
  });

  /** The visible units at and above a path, root first; keyed by path. */
  const onPath = new DataLoader<string, OrgUnit[]>(async (paths) => {
    const units = await em.find(OrgUnit, { path: { $in: prefixesOf(paths) } }, { orderBy: { path: 'asc' } });
    return paths.map((p) => units.filter((u) => isWithin(p, u.path)).sort((a, b) => a.depth - b.depth));
  });

  return { byId, children, onPath };
}

/** Every path above (and at) the given ones: an equality list the unique btree on path serves. */
function prefixesOf(paths: readonly string[]): string[] {
  return [...new Set(paths.flatMap(pathAndAncestors))];
}
