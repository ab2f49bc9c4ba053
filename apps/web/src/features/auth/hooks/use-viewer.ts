import { useQuery } from '@apollo/client/react';
import { MeDocument } from '../../../gql/graphql';

/** The signed-in user, or null when nobody is signed in. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(MeDocument);
  return { viewer: data?.me ?? null, loading: loading && !data, error, refetch };
}
