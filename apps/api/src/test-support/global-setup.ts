import path from 'node:path';
import { repoRoot } from '../config';
import { openDatabase, type Database } from '../platform/db/database';
import { createLogger } from '../platform/logging/logger';

let db: Database | undefined;

/**
 * A fresh, migrated database for this run: in a test cluster under .data/test (its own port,
 * so a running `npm start` is not disturbed), or on the server in DATABASE_URL.
 */
export async function setup(): Promise<void> {
  const log = createLogger('warn');
  const name = `hromada_test_${process.pid}_${Date.now()}`;
  db = await openDatabase(
    {
      databaseUrl: process.env.DATABASE_URL || undefined,
      dataDir: path.join(repoRoot, '.data', 'test'),
      embeddedPgPort: Number(process.env.TEST_PG_PORT ?? 54339),
    },
    log,
    { databaseName: name, poolMax: 2, dropOnClose: true },
  );
  // Test workers are forked after this runs and inherit the environment.
  process.env.HROMADA_TEST_DATABASE_URL = db.url;
}

export async function teardown(): Promise<void> {
  await db?.close();
}
