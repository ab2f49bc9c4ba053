import type { EntityManager } from '@mikro-orm/postgresql';

/** Raw SQL with knex `?` placeholders, inside the EntityManager's transaction when it has one. */
export function execute<T = Record<string, unknown>>(em: EntityManager, query: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(query, params, 'all', em.getTransactionContext());
}

/**
 * A PostgreSQL array literal for one `?::type[]` placeholder. Knex would expand a JS array
 * into a comma list, so arrays travel as literals; every element is quoted and escaped.
 */
export function pgArray(values: readonly (string | number | null)[]): string {
  const items = values.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`));
  return `{${items.join(',')}}`;
}
