import { isWithin } from '../../platform/auth/ltree-path';
import type { DomainScope } from '../../platform/auth/viewer';

export interface UnitCounter {
  direct: number;
  subtree: number;
}

/**
 * Contacts a viewer may see under `path`, from per-unit counters alone. Grants are
 * normalized (no grant covers another), so the parts never overlap:
 * - a SUBTREE grant at or above the unit covers the unit's whole subtree;
 * - otherwise add each SUBTREE grant below the unit (its subtree) and each UNIT grant
 *   at or below it (its own contacts), plus the viewer's own record if it lies there.
 * `path` undefined means the whole scope.
 */
export function contactsInScopeUnder(
  path: string | undefined,
  scope: DomainScope,
  counters: ReadonlyMap<string, UnitCounter>,
): number {
  if (path !== undefined) {
    const cover = scope.grants.find((g) => g.reach === 'SUBTREE' && isWithin(path, g.path));
    if (cover) return counters.get(path)?.subtree ?? 0;
  }
  let total = 0;
  for (const g of scope.grants) {
    if (path !== undefined && !isWithin(g.path, path)) continue;
    const counter = counters.get(g.path);
    total += g.reach === 'SUBTREE' ? (counter?.subtree ?? 0) : (counter?.direct ?? 0);
  }
  if (scope.selfContactPath && (path === undefined || isWithin(scope.selfContactPath, path))) total += 1;
  return total;
}
