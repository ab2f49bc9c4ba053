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
 * One page of many search matches in name order: walking the name index in order and
 * filtering is instant when matches are spread through the alphabet (`енко`), slow when
 * they cluster late in it. So the walk gets a time budget, then sorting the matches (the
 * same rows in the same order) takes over.
 */
export async function findSearchPage(em: EntityManager, read: PageReader, walkBudgetMs = ORDERED_WALK_BUDGET_MS): Promise<ContactRecord[]> {
  try {
    return await em.transactional(async (tx) => {
      // The walk is chosen here, not left to the planner: pg_trgm gives LIKE no selectivity
      // estimate, so 30K matches may be taken for 100 and sorted, over the budget, twice.
      // Serial: starting workers costs more than a walk that stops after a page (20 → 8 ms).
      await execute(
        tx,
        `select set_config('statement_timeout', ?, true), set_config('enable_sort', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`,
        [String(Math.max(1, Math.round(walkBudgetMs)))],
      );
      return read(tx, 'walk');
    });
  } catch (error) {
    if (!isQueryCanceled(error)) throw error;
    return read(em, 'sort');
  }
}
