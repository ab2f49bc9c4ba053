import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { UndoContactMergeDocument, type ContactMergeSummaryFragment } from '../../../gql/graphql';

/** Lists that a merge or its undo changes. */
export const MERGE_REFETCH = ['DuplicatePairs', 'ContactMerges'];

/** Drops both records from the cache: the merged one is gone or back, the kept one has changed. */
export function forgetMergedContacts(cache: ApolloCache, merge: ContactMergeSummaryFragment | null | undefined): void {
  if (!merge) return;
  for (const id of [merge.mergedContactId, merge.survivor?.id]) {
    if (id) cache.evict({ id: cache.identify({ __typename: 'Contact', id }) });
  }
  cache.gc();
}

export function useUndoMerge() {
  const [mutate, { loading, error, reset }] = useMutation(UndoContactMergeDocument, {
    refetchQueries: MERGE_REFETCH,
    update: (cache, result) => forgetMergedContacts(cache, result.data?.undoContactMerge),
  });
  const undo = async (mergeId: string) => (await mutate({ variables: { mergeId } })).data?.undoContactMerge ?? null;
  return { undo, pending: loading, error, reset };
}
