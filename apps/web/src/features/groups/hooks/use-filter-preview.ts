import { useQuery } from '@apollo/client/react';
import { PreviewContactFilterDocument, type ContactFilterInput } from '../../../gql/graphql';
import { useDebounced } from './use-debounced';

export const PREVIEW_DEBOUNCE_MS = 400;

/**
 * The builder's live count: asked a moment after the criteria stop changing, never for
 * criteria the shared check already refused (null), showing the last count while counting.
 */
export function useFilterPreview(filter: ContactFilterInput | null) {
  const debounced = useDebounced(filter, PREVIEW_DEBOUNCE_MS);
  const { data, previousData, loading, error } = useQuery(PreviewContactFilterDocument, {
    variables: { filter: debounced.value ?? {} },
    skip: debounced.value === null,
  });
  const preview = (data ?? previousData)?.previewContactFilter ?? null;
  return { preview, counting: filter !== null && (debounced.pending || loading), error: debounced.value === null ? null : error };
}
