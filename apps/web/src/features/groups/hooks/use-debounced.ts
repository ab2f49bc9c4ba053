import { useEffect, useState } from 'react';

/** `value` once it has stayed the same for `ms`; compared by its JSON, so a new object with the same content does not restart the wait. */
export function useDebounced<T>(value: T, ms: number): { value: T; pending: boolean } {
  const key = JSON.stringify(value);
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return { value: JSON.parse(settled) as T, pending: settled !== key };
}
