import { useQuery } from '@apollo/client/react';
import { IncomingTransfersDocument, type MembershipTransferStatus } from '../../../gql/graphql';
import { useShowMore } from '../../../lib/use-show-more';

export const TRANSFERS_PAGE_SIZE = 20;

/** Requests to the viewer's units with one status (null: every status), plus "show more". */
export function useIncomingTransfers(status: MembershipTransferStatus | null) {
  const { data, error, refetch, fetchMore } = useQuery(IncomingTransfersDocument, { variables: { status, first: TRANSFERS_PAGE_SIZE } });
  const connection = data?.incomingMembershipTransfers ?? null;
  const more = useShowMore(connection?.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));

  return { connection, error, refetch, ...more };
}
