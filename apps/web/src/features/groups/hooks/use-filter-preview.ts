import { useQuery } from '@apollo/client/react';
import { PreviewContactFilterDocument, type ContactFilterInput } from '../../../gql/graphql';
import { useDebouncedValue } from '../../../lib/use-debounced-value';

export const PREVIEW_DEBOUNCE_MS = 400;

/**
 * The builder's live count: asked a moment after the criteria stop changing, never for
 * criteria the shared check already refused (null), showing the last count while counting.
 */
export function useFilterPreview(filter: ContactFilterInput | null) {
  // Compared by content: a new object with the same criteria does not restart the wait.
  const key = JSON.stringify(filter);
  const settledKey = useDebouncedValue(key, PREVIEW_DEBOUNCE_MS);
  const settled = JSON.parse(settledKey) as ContactFilterInput | null;
  const { data, previousData, loading, error } = useQuery(PreviewContactFilterDocument, {
    variables: { filter: settled ?? {} },
    skip: settled === null,
  });
  const preview = (data ?? previousData)?.previewContactFilter ?? null;
  return { preview, counting: filter !== null && (settledKey !== key || loading), error: settled === null ? null : error };
}
