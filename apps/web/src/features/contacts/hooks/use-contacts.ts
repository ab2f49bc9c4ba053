import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ContactsDocument } from '../../../gql/graphql';

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
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const connection = data?.contacts ?? null;

  async function showMore() {
    const after = connection?.pageInfo.endCursor;
    if (!after || loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({ variables: { after } });
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
  }

  return { connection, error, refetch, showMore, loadingMore, moreError };
}
