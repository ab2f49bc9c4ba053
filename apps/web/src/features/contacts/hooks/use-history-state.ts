import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';

type EntryState = Record<string, unknown>;

/**
 * A value kept in the current history entry's state: a form left to look at another record
 * comes back as it was when the user returns with Back. `keep` and `clear` replace the entry.
 */
export function useHistoryState<T>(key: string): [value: T | undefined, keep: (value: T) => void, clear: () => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const value = ((location.state as EntryState | null) ?? {})[key] as T | undefined;

  const write = useCallback(
    (next: T | undefined) => {
      const { [key]: _old, ...rest } = (location.state as EntryState | null) ?? {};
      const { pathname, search, hash } = location;
      navigate({ pathname, search, hash }, { replace: true, state: next === undefined ? rest : { ...rest, [key]: next } });
    },
    [key, location, navigate],
  );
  const keep = useCallback((next: T) => write(next), [write]);
  const clear = useCallback(() => write(undefined), [write]);
  return [value, keep, clear];
}
