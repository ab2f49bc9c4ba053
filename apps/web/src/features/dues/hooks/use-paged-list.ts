import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useShowMore } from '../../../lib/use-show-more';

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

export type PagedList<TNode> = ReturnType<typeof usePagedList<unknown, TNode>>;

/** A contact's money list, newest first, with "show more" appending the next page (merged by the cache). */
export function usePagedList<TData, TNode>(
  document: TypedDocumentNode<TData, PageVariables>,
  contactId: string,
  pageSize: number,
  select: (data: TData | undefined) => Connection<TNode> | null | undefined,
) {
  const { data, error, refetch, fetchMore } = useQuery(document, { variables: { id: contactId, first: pageSize } });
  const connection = select(data) ?? null;
  const { showMore, loadingMore, moreError } = useShowMore(connection?.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));

  return { data, connection, error, refetch, showMore, loadingMore, moreError };
}
