import { raw, type Filter } from '@mikro-orm/core';
import type { Action, Domain } from './policy';
import { scopePredicate, type ScopeColumns, type SqlFragment } from './scope-sql';
import { EMPTY_SCOPE, type Viewer } from './viewer';

type FilterDef = Parameters<typeof Filter>[0];

export const ORG_SCOPE_FILTER = 'orgScope';

export interface OrgScopeParams {
  viewer: Viewer | null;
}

/**
 * The default filter every org-owned entity carries. It reads the viewer that the request
 * context put into the EntityManager and fails closed: no viewer, no rows.
 * Code that must see past it (sign-in, seeding) says so with `filters: { orgScope: false }`.
 */
export function orgScopeFilter(domain: Domain, columns: ScopeColumns): FilterDef {
  return {
    name: ORG_SCOPE_FILTER,
    default: true,
    args: false,
    cond: (args: OrgScopeParams | undefined) => {
      const scope = args?.viewer ? args.viewer.scope(domain, 'read') : EMPTY_SCOPE;
      const { params } = scopePredicate(scope, columns, 'x');
      return { [raw((alias: string) => scopePredicate(scope, columns, alias || undefined).sql, params)]: [] };
    },
  };
}

/** Domain and columns of each org-owned entity, read by the scope matrix test. */
export const ORG_OWNED_TYPES = new Map<string, { domain: Domain; columns: ScopeColumns; table: string }>();

export function registerOrgOwned(entity: string, table: string, domain: Domain, columns: ScopeColumns): FilterDef {
  ORG_OWNED_TYPES.set(entity, { domain, columns, table });
  return orgScopeFilter(domain, columns);
}

/**
 * The read scope of an org-owned table as SQL, for reads that skip entity hydration (hot
 * lists and loaders): exactly the predicate the entity filter adds, from the same registry.
 */
export function readScopeSql(viewer: Viewer | null, entity: { name: string }, alias: string): SqlFragment {
  return scopeSql(viewer, entity, alias, 'read');
}

/** Where the viewer may change rows of an org-owned table, as SQL, from the same registry. */
export function writeScopeSql(viewer: Viewer | null, entity: { name: string }, alias: string): SqlFragment {
  return scopeSql(viewer, entity, alias, 'write');
}

/**
 * Another domain's scope over an org-owned table, e.g. 'profile' over contacts: the
 * viewer's own record only. Same registry columns, the other domain's grants.
 */
export function domainScopeSql(viewer: Viewer | null, entity: { name: string }, alias: string, domain: Domain, action: Action): SqlFragment {
  const owned = ORG_OWNED_TYPES.get(entity.name);
  if (!owned) throw new Error(`${entity.name} is not registered as org-owned`);
  return scopePredicate(viewer ? viewer.scope(domain, action) : EMPTY_SCOPE, owned.columns, alias);
}

function scopeSql(viewer: Viewer | null, entity: { name: string }, alias: string, action: Action): SqlFragment {
  const owned = ORG_OWNED_TYPES.get(entity.name);
  if (!owned) throw new Error(`${entity.name} is not registered as org-owned`);
  return domainScopeSql(viewer, entity, alias, owned.domain, action);
}
