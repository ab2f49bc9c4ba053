import { useQuery } from '@apollo/client/react';
import { GroupOwnerUnitsDocument } from '../../../gql/graphql';

/**
 * Whether the viewer holds any role that edits contacts (a member only reads their own
 * record): a hint to hide actions that would be refused. The API decides every time.
 */
export function useCanEditContacts(): boolean {
  const { data } = useQuery(GroupOwnerUnitsDocument);
  return (data?.me?.roles ?? []).some((r) => r.role !== 'member');
}
