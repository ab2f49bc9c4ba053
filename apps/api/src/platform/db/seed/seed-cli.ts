import 'reflect-metadata';
import { readConfig, type AppConfig } from '../../../config';
import { createLogger, type Logger } from '../../logging/logger';
import { openDatabase } from '../database';
import { dropDatabase } from '../database-url';
import { startEmbeddedPostgres } from '../embedded-postgres';
import { isDatabaseSeeded, seedDemoOrganization } from './seed';
import { runCli } from '../../cli/run-cli';
import { parseSeedArgs, SEED_USAGE, type SeedCliArgs } from './seed-cli-args';

/**
 * `node apps/api/dist/platform/db/seed/seed-cli.js --contacts 1000000 --branches 5000
 * --database hromada_bench --reset`: loads the demo organization into a database of its own.
 */
async function dropTarget(config: AppConfig, log: Logger, database: string): Promise<void> {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    url.pathname = `/${database}`;
    await dropDatabase(url.toString());
    return;
  }
  // The embedded server runs only while a database is open: start it just to drop.
  const cluster = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log });
  try {
    await dropDatabase(cluster.url(database));
  } finally {
    await cluster.stop();
  }
}

async function run(args: SeedCliArgs): Promise<number> {
  const config = readConfig();
  const log = createLogger();
  if (args.reset) {
    await dropTarget(config, log, args.database);
    log.info({ database: args.database }, 'database dropped');
  }
  const db = await openDatabase(config, log, { databaseName: args.database });
  try {
    if (await isDatabaseSeeded(db.orm.em.fork())) {
      console.error(`Database "${args.database}" already holds an organization; nothing was changed. Add --reset to drop and reload it.`);
      return 1;
    }
    const summary = await seedDemoOrganization(db.orm, { contacts: args.contacts, branches: args.branches, seed: args.seed, log });
    console.log(
      `Seeded "${args.database}": ${summary.units} units (${summary.branches} branches), ` +
        `${summary.contacts} contacts, ${summary.users} users in ${(summary.ms / 1000).toFixed(1)} s`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

runCli({ usage: SEED_USAGE, parse: parseSeedArgs, run });
