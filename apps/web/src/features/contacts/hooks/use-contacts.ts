import { useQuery } from '@apollo/client/react';
import { ContactsDocument } from '../../../gql/graphql';
import { useShowMore } from '../../../lib/use-show-more';

export const CONTACTS_PAGE_SIZE = 25;

/** One page of contacts in scope, plus "show more" that appends the next page. */
export function useContacts({ search, orgUnitId }: { search: string | null; orgUnitId: string | null }) {
  const { data, error, refetch, fetchMore } = useQuery(ContactsDocument, {
    variables: {
      first: CONTACTS_PAGE_SIZE,
      search: search ?? undefined,
      orgUnitId: orgUnitId ?? undefined,
    },
  });
  const connection = data?.contacts ?? null;
  const more = useShowMore(connection?.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));

  return { connection, error, refetch, ...more };
}
