import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { ContactImportRowsDocument, type ContactImportRowsQuery, type ImportRowOutcome } from '../../../gql/graphql';

export const ROWS_PAGE = 25;

type Connection = NonNullable<ContactImportRowsQuery['contactImport']>['rows'];
export type ImportRow = Connection['edges'][number]['node'];

/** Rows of an import's last run with one outcome, a page at a time; "show more" adds the next page. */
export function useImportRows(id: string, outcome: ImportRowOutcome, first = ROWS_PAGE) {
  // Each run replaces the rows: read them fresh, never from an earlier check.
  const { data, error, refetch, fetchMore } = useQuery(ContactImportRowsDocument, {
    variables: { id, outcome, first },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const connection: Connection | null = data?.contactImport?.rows ?? null;

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
