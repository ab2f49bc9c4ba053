import { useState } from 'react';

/**
 * "Show more" for a cursor connection: fetches the page after `endCursor` (the cache merges
 * it), once at a time, and keeps that request's own error apart from the list's.
 */
export function useShowMore(endCursor: string | null | undefined, fetchAfter: (after: string) => Promise<unknown>) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  async function showMore() {
    if (!endCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchAfter(endCursor);
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  }

  return { showMore, loadingMore, moreError };
}
