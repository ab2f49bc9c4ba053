import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useState } from 'react';

export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: T }[];
}

interface PageVariables {
  id: string;
  first: number;
  after?: string | null;
}

/** A contact's money list, newest first, with "show more" appending the next page (merged by the cache). */
export function usePagedList<TData, TNode>(
  document: TypedDocumentNode<TData, PageVariables>,
  contactId: string,
  pageSize: number,
  select: (data: TData | undefined) => Connection<TNode> | null | undefined,
) {
  const { data, error, refetch, fetchMore } = useQuery(document, { variables: { id: contactId, first: pageSize } });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const connection = select(data) ?? null;

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

  return { data, connection, error, refetch, showMore, loadingMore, moreError };
}
