import { skipToken, useQuery } from '@apollo/client/react';
import { parseContactSearch } from '@hromada/shared';
import { HeaderSearchDocument, type HeaderSearchQuery } from '../../../gql/graphql';
import { useDebouncedValue } from '../../../lib/use-debounced-value';

export const SEARCH_DEBOUNCE_MS = 250;
export const SEARCH_ITEMS_PER_GROUP = 5;

export type ContactGroup = HeaderSearchQuery['search']['contacts'];

export interface HeaderSearchState {
  /** The text is too short to search (the API would refuse it). */
  tooShort: boolean;
  /** Waiting for the pause in typing or for the answer. */
  pending: boolean;
  /** The answer for the current text, or while pending the previous one (so the list does not flicker). */
  contacts: ContactGroup | null;
  error: unknown;
}

/** Searches after a pause in typing, and never for a text the API would refuse as too short. */
export function useHeaderSearch(text: string): HeaderSearchState {
  const trimmed = text.trim();
  const tooShort = trimmed !== '' && parseContactSearch(trimmed) === null;
  const debounced = useDebouncedValue(trimmed, SEARCH_DEBOUNCE_MS);
  const query = parseContactSearch(debounced) ? debounced : null;
  const { data, previousData, loading, error } = useQuery(
    HeaderSearchDocument,
    query ? { variables: { text: query, first: SEARCH_ITEMS_PER_GROUP } } : skipToken,
  );

  if (trimmed === '' || tooShort) return { tooShort, pending: false, contacts: null, error: null };
  const pending = debounced !== trimmed || loading;
  const contacts = data?.search.contacts ?? (pending ? previousData?.search.contacts : undefined) ?? null;
  return { tooShort, pending, contacts, error: pending ? null : (error ?? null) };
}
