import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../platform/db/sql';
import { Contact } from './contact.entity';

/** How long walking the name index in order may take before sorting the matches instead. */
export const ORDERED_WALK_BUDGET_MS = 60;

const QUERY_CANCELED = '57014';

function isQueryCanceled(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | undefined;
  return e?.code === QUERY_CANCELED || e?.cause?.code === QUERY_CANCELED;
}

/**
 * One page of search matches in name order. Two plans give the same order:
 * - sort the matches fetched through the trigram index: cost grows with the matches, so it
 *   is the plan when the count stayed under the cap;
 * - walk the name index in order and filter: instant when matches are spread through the
 *   alphabet (`енко`), slow when many cluster late in it (`шевч` at a million contacts).
 * With many matches the walk is tried within a time budget, then the sort takes over.
 */
export async function findSearchPage(
  em: EntityManager,
  /** A fresh condition per query: raw fragments used as keys are spent by the query they are in. */
  where: () => Record<string, unknown>,
  limit: number,
  manyMatches: boolean,
  walkBudgetMs = ORDERED_WALK_BUDGET_MS,
): Promise<Contact[]> {
  // The concatenation keeps the order and collation but hides the name index from the planner.
  const sortMatches = () => ({ [raw((a: string) => `${a}.sort_name || ''`)]: 'asc' as const, id: 'asc' as const });
  if (!manyMatches) return em.find(Contact, where(), { orderBy: sortMatches(), limit });
  try {
    return await em.transactional(async (tx) => {
      await execute(tx, `set local statement_timeout = ${Math.max(1, Math.round(walkBudgetMs))}`);
      return tx.find(Contact, where(), { orderBy: { sortName: 'asc', id: 'asc' }, limit });
    });
  } catch (error) {
    if (!isQueryCanceled(error)) throw error;
    return em.find(Contact, where(), { orderBy: sortMatches(), limit });
  }
}
