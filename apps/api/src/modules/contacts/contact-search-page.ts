import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../platform/db/sql';
import type { ContactRecord } from './contact.record';

/** How long walking the name index in order may take before sorting the matches instead. */
export const ORDERED_WALK_BUDGET_MS = 60;

const QUERY_CANCELED = '57014';

function isQueryCanceled(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | undefined;
  return e?.code === QUERY_CANCELED || e?.cause?.code === QUERY_CANCELED;
}

/**
 * How a page is read in name order: `walk` follows the (sort_name, id) index and filters,
 * `sort` fetches every match and sorts them. Same rows, same order, different cost.
 */
export type PagePlan = 'walk' | 'sort';

export type PageReader = (em: EntityManager, plan: PagePlan) => Promise<ContactRecord[]>;

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
  read: PageReader,
  manyMatches: boolean,
  walkBudgetMs = ORDERED_WALK_BUDGET_MS,
): Promise<ContactRecord[]> {
  if (!manyMatches) return read(em, 'sort');
  try {
    return await em.transactional(async (tx) => {
      // The walk is chosen here, not left to the planner: pg_trgm gives LIKE no selectivity
      // estimate, so 30K matches may be taken for 100 and sorted, over the budget, twice.
      await execute(tx, `select set_config('statement_timeout', ?, true), set_config('enable_sort', 'off', true)`, [String(Math.max(1, Math.round(walkBudgetMs)))]);
      return read(tx, 'walk');
    });
  } catch (error) {
    if (!isQueryCanceled(error)) throw error;
    return read(em, 'sort');
  }
}
