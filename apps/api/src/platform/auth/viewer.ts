import type { Reach } from '@hromada/shared';
import { accessFor, type Action, type Domain } from './policy';
import { isWithin } from './ltree-path';

export interface Assignment {
  role: string;
  reach: Reach;
  unitId: string;
  unitPath: string;
}

/** A place a viewer may act: one unit, or a unit and everything under it. */
export interface Grant {
  unitId: string;
  path: string;
  reach: Reach;
}

/** What one viewer may see of one domain: the union of grants, plus their own contact if allowed. */
export interface DomainScope {
  grants: Grant[];
  selfContactId: string | null;
  selfContactPath: string | null;
}

export const EMPTY_SCOPE: DomainScope = { grants: [], selfContactId: null, selfContactPath: null };

export class Viewer {
  constructor(
    readonly userId: string,
    readonly sessionId: string | null,
    readonly contactId: string | null,
    readonly contactPath: string | null,
    readonly assignments: readonly Assignment[],
  ) {}

  scope(domain: Domain, action: Action): DomainScope {
    const grants: Grant[] = [];
    let self = false;
    for (const a of this.assignments) {
      const access = accessFor(a.role, domain, action);
      if (access.includes('scope')) grants.push({ unitId: a.unitId, path: a.unitPath, reach: a.reach });
      if (access.includes('self')) self = true;
    }
    const normalized = normalizeGrants(grants);
    const selfCovered = this.contactPath !== null && covers(normalized, this.contactPath);
    const withSelf = self && this.contactId !== null && !selfCovered;
    return {
      grants: normalized,
      selfContactId: withSelf ? this.contactId : null,
      selfContactPath: withSelf ? this.contactPath : null,
    };
  }

  can(domain: Domain, action: Action): boolean {
    return this.assignments.some((a) => accessFor(a.role, domain, action).length > 0);
  }
}

/** Drops grants that a SUBTREE grant already covers, so sums over grants never double count. */
export function normalizeGrants(grants: readonly Grant[]): Grant[] {
  const subtrees = uniqueByPath(grants.filter((g) => g.reach === 'SUBTREE'));
  const roots = subtrees.filter((g) => !subtrees.some((o) => o.path !== g.path && isWithin(g.path, o.path)));
  const units = uniqueByPath(grants.filter((g) => g.reach === 'UNIT')).filter(
    (g) => !roots.some((r) => isWithin(g.path, r.path)),
  );
  return [...roots, ...units];
}

function uniqueByPath(grants: readonly Grant[]): Grant[] {
  const seen = new Map<string, Grant>();
  for (const g of grants) if (!seen.has(g.path)) seen.set(g.path, g);
  return [...seen.values()];
}

/** Whether a record at this path is inside the grants. */
export function covers(grants: readonly Grant[], path: string): boolean {
  return grants.some((g) => (g.reach === 'SUBTREE' ? isWithin(path, g.path) : g.path === path));
}
