import { useQuery } from '@apollo/client/react';
import { DuplicatesAccessDocument, type DuplicatesAccessQuery } from '../../../gql/graphql';

export type AccessUnit = NonNullable<DuplicatesAccessQuery['me']>['roles'][number]['orgUnit'];

/**
 * Roles that only read (their own record): the API refuses them everything here; the app
 * uses this only to leave the page out of their menu.
 */
const READ_ONLY_ROLES = new Set(['member']);

/** The units where the viewer may look for duplicates: those of their editing roles. */
export function useDuplicatesAccess() {
  const { data, error, refetch } = useQuery(DuplicatesAccessDocument);
  const units: AccessUnit[] = [];
  for (const assignment of data?.me?.roles ?? []) {
    if (!READ_ONLY_ROLES.has(assignment.role) && !units.some((u) => u.id === assignment.orgUnit.id)) units.push(assignment.orgUnit);
  }
  return { units, loaded: data !== undefined, error, refetch };
}
