import type { DomainScope } from './viewer';

/** Column names of an org-owned table that the scope predicate needs. */
export interface ScopeColumns {
  /** ltree column holding the record's unit path. */
  path: string;
  /** Column holding the record's unit id: a UNIT grant becomes an equality a btree can serve. */
  unit?: string;
  /** Column matched against the viewer's own contact id for 'self' access, if the type has one. */
  self?: string;
  /** Also admit ancestors of granted units (org units themselves, for breadcrumbs). */
  ancestors?: boolean;
  /**
   * Also admit rows owned at or above a granted unit: things made higher up the tree and
   * shared down it (a group made at HQ is seen in every branch). Unlike `ancestors`,
   * self access ('self' of members) does not reach them.
   */
  sharedDown?: boolean;
}

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

const FALSE: SqlFragment = { sql: 'false', params: [] };

/**
 * The scope as one SQL predicate with knex-style `?` placeholders. Each SUBTREE grant is an
 * indexable `path <@ ?` (GiST), each UNIT grant an equality; no grant at all is `false`.
 */
export function scopePredicate(scope: DomainScope, columns: ScopeColumns, alias?: string): SqlFragment {
  const col = (name: string) => (alias ? `${alias}.${name}` : name);
  const parts: string[] = [];
  const params: unknown[] = [];
  const above = columns.ancestors || columns.sharedDown;
  for (const grant of scope.grants) {
    if (grant.reach === 'SUBTREE') {
      parts.push(`${col(columns.path)} <@ ?::ltree`);
      params.push(grant.path);
      if (above) {
        parts.push(`${col(columns.path)} @> ?::ltree`);
        params.push(grant.path);
      }
    } else if (above) {
      parts.push(`${col(columns.path)} @> ?::ltree`);
      params.push(grant.path);
    } else if (columns.unit) {
      parts.push(`${col(columns.unit)} = ?`);
      params.push(grant.unitId);
    } else {
      parts.push(`${col(columns.path)} = ?::ltree`);
      params.push(grant.path);
    }
  }
  if (scope.selfContactId && columns.self) {
    parts.push(`${col(columns.self)} = ?`);
    params.push(scope.selfContactId);
  } else if (scope.selfContactPath && columns.ancestors) {
    parts.push(`${col(columns.path)} @> ?::ltree`);
    params.push(scope.selfContactPath);
  }
  if (parts.length === 0) return FALSE;
  return { sql: `(${parts.join(' or ')})`, params };
}
