import { useQuery } from '@apollo/client/react';
import { ContactImportRowsDocument, type ContactImportRowsQuery, type ImportRowOutcome } from '../../../gql/graphql';
import { useShowMore } from '../../../lib/use-show-more';

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
  const connection: Connection | null = data?.contactImport?.rows ?? null;
  const more = useShowMore(connection?.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));

  return { connection, error, refetch, ...more };
}
