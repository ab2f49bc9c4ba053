import { execute, pgArray } from '../../platform/db/sql';
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readScopeSql } from '../../platform/auth/org-scope-filter';
import type { DomainScope, Viewer } from '../../platform/auth/viewer';
import { OrgUnit } from './org-unit.entity';
import { contactsInScopeUnder, type UnitCounter } from './contact-count';

/** Not a valid ltree, so it cannot clash with a unit path. */
export const WHOLE_SCOPE = '*';

export type OrgCountLoaders = ReturnType<typeof createOrgCountLoaders>;

/**
 * Counts for org units, one statement per batch whatever the batch size: visible children,
 * and contacts in the viewer's scope under each unit, from the stored per-unit counters.
 */
export function createOrgCountLoaders(em: EntityManager, viewer: Viewer | null, contactScope: DomainScope) {
  const childCount = new DataLoader<string, number>(async (parentIds) => {
    const scope = readScopeSql(viewer, OrgUnit, 'u');
    const rows: { parent_id: string; n: string }[] = await execute(em, 
      `select u.parent_id, count(*) as n from org_unit u where u.parent_id = any(?::uuid[]) and ${scope.sql} group by u.parent_id`,
      [pgArray(parentIds), ...scope.params],
    );
    const map = new Map(rows.map((r) => [r.parent_id, Number(r.n)]));
    return parentIds.map((id) => map.get(id) ?? 0);
  });

  /** Keyed by unit path, or WHOLE_SCOPE for every contact the viewer may see. */
  const contactCount = new DataLoader<string, number>(async (keys) => {
    const paths = keys.filter((k) => k !== WHOLE_SCOPE);
    const grantIds = contactScope.grants.map((g) => g.unitId);
    const rows: { path: string; direct: number; subtree: number }[] = await execute(em, 
      `select u.path::text as path, c.direct_contacts as direct, c.subtree_contacts as subtree
         from org_unit u join org_unit_counter c on c.org_unit_id = u.id
        where u.path = any(?::ltree[]) or u.id = any(?::uuid[])`,
      [pgArray(paths), pgArray(grantIds)],
    );
    const counters = new Map<string, UnitCounter>(rows.map((r) => [r.path, { direct: Number(r.direct), subtree: Number(r.subtree) }]));
    return keys.map((k) => contactsInScopeUnder(k === WHOLE_SCOPE ? undefined : k, contactScope, counters));
  });

  return { childCount, contactCount };
}
