import { useQuery } from '@apollo/client/react';
import { TransferAccessDocument } from '../../../gql/graphql';

/** Whether the signed-in user decides transfers somewhere (writes contacts): the "Transfers" page is theirs. */
export function useTransferAccess(): boolean {
  const { data } = useQuery(TransferAccessDocument);
  return data?.me?.canDecideMembershipTransfers ?? false;
}
