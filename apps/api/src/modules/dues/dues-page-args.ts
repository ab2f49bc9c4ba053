import { isDuesPeriod, isIsoDate } from '@hromada/shared';
import { isUuid } from '../../platform/graphql/ids';
import { decodeCursor, invalidCursor, pageSize } from '../../platform/graphql/pagination';
import type { PageKey } from './money-pages.loader';

/** A money list's `first` and `after`, checked: a cursor must be [YYYY-MM-DD, tie-breaker of the list's kind]. */
export function moneyPageKey(contactId: string, first: number | null | undefined, after: string | null | undefined, tie: 'uuid' | 'period'): PageKey {
  const size = pageSize(first);
  if (!after) return { contactId, first: size, after: null };
  const [day, tieValue] = decodeCursor(after, 2);
  const tieValid = typeof tieValue === 'string' && (tie === 'uuid' ? isUuid(tieValue) : isDuesPeriod(tieValue));
  if (typeof day !== 'string' || !isIsoDate(day) || !tieValid) throw invalidCursor();
  return { contactId, first: size, after: [day, tieValue] };
}
