import { MikroORM } from '@mikro-orm/postgresql';
import { dropDatabase, ensureDatabase } from '../platform/db/database-url';
import { mikroOrmConfig } from '../platform/db/mikro-orm.config';

export interface FreshDatabase {
  url: string;
  orm: MikroORM;
  /** Every SQL statement since the last reset, for tests that count them. */
  queries: string[];
  drop(): Promise<void>;
}

/** A new, migrated database beside the run's test database: for tests that need exact contents. */
export async function createFreshDatabase(label: string): Promise<FreshDatabase> {
  const base = process.env.HROMADA_TEST_DATABASE_URL;
  if (!base) throw new Error('HROMADA_TEST_DATABASE_URL is not set: run through the vitest integration project');
  const url = new URL(base);
  url.pathname = `/${url.pathname.slice(1)}_${label}`.slice(0, 63);
  await ensureDatabase(url.toString());
  const queries: string[] = [];
  const orm = await MikroORM.init(mikroOrmConfig(url.toString(), 4, (sql) => queries.push(sql)));
  await orm.getMigrator().up();
  return {
    url: url.toString(),
    orm,
    queries,
    drop: async () => {
      await orm.close(true);
      await dropDatabase(url.toString());
    },
  };
}
