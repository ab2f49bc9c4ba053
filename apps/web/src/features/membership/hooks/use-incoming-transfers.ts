import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { IncomingTransfersDocument, type MembershipTransferStatus } from '../../../gql/graphql';

export const TRANSFERS_PAGE_SIZE = 20;

/** Requests to the viewer's units with one status (null: every status), plus "show more". */
export function useIncomingTransfers(status: MembershipTransferStatus | null) {
  const { data, error, refetch, fetchMore } = useQuery(IncomingTransfersDocument, { variables: { status, first: TRANSFERS_PAGE_SIZE } });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const connection = data?.incomingMembershipTransfers ?? null;

  async function showMore() {
    const after = connection?.pageInfo.endCursor;
    if (!after || loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({ variables: { after } });
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  }

  return { connection, error, refetch, showMore, loadingMore, moreError };
}
