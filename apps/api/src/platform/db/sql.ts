import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/** Raw SQL with knex `?` placeholders, inside the EntityManager's transaction when it has one. */
export function execute<T = Record<string, unknown>>(em: EntityManager, query: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(query, params, 'all', em.getTransactionContext());
}

const NEEDS_ESCAPE = /["\\]/;

/**
 * Raw SQL with its parameters bound, not inlined: for bulk statements whose parameters run to
 * megabytes, which `execute` would escape into the SQL text. In the transaction when there is one.
 */
export async function executeBound<T = Record<string, unknown>>(em: EntityManager, query: string, params: readonly unknown[]): Promise<T[]> {
  const knex = em.getTransactionContext<Knex.Transaction>() ?? em.getConnection().getKnex();
  const result = (await knex.raw(query, [...params] as Knex.RawBinding[])) as { rows: T[] };
  return result.rows;
}

/**
 * A PostgreSQL array literal for one `?::type[]` placeholder. Knex would expand a JS array
 * into a comma list, so arrays travel as literals; every element is quoted and escaped.
 */
export function pgArray(values: readonly (string | number | null)[]): string {
  const items = values.map((v) => {
    if (v === null) return 'NULL';
    const text = String(v);
    // Most values need no escaping: skip the two replaces for them (the seed quotes millions).
    return `"${NEEDS_ESCAPE.test(text) ? text.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : text}"`;
  });
  return `{${items.join(',')}}`;
}

/**
 * A timestamptz from a raw row as a Date. MikroORM has node-postgres hand timestamps over
 * as text ("2026-11-23 12:13:04.219+00", ISO DateStyle); the ORM converts them when it
 * hydrates entities, raw reads convert here.
 */
export function timestamp(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  const iso = text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a timestamp: ${text}`);
  return date;
}
