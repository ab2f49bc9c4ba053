import 'reflect-metadata';
import http from 'node:http';
import { readConfig } from './config';
import { createApp } from './app';
import { openDatabase } from './platform/db/database';
import { createLogger } from './platform/logging/logger';
import { isDatabaseSeeded, seedDemoOrganization } from './platform/db/seed/seed';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './platform/db/seed/demo-accounts';

const SHUTDOWN_GRACE_MS = 10_000;

/** Start: database (embedded unless DATABASE_URL), migrations, demo data on first run, HTTP. */
async function main(): Promise<void> {
  const config = readConfig();
  const log = createLogger();
  const db = await openDatabase(config, log);

  const em = db.orm.em.fork();
  if (!(await isDatabaseSeeded(em)) && process.env.HROMADA_SKIP_DEMO !== '1') {
    log.info('empty database: loading the demo organization');
    const summary = await seedDemoOrganization(db.orm, { log });
    log.info({ ...summary }, 'demo organization loaded');
  }

  const app = await createApp({ orm: db.orm, config, log });
  const server = http.createServer(app.express);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(config.port, resolve));

  const url = `http://localhost:${config.port}`;
  log.info({ url }, 'listening');
  console.log(`\nHromada is running at ${url}\n\nDemo sign-ins (password "${DEMO_PASSWORD}"):`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(24)} ${account.description}`);
  console.log('');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: no new connections, finishing requests');
    const force = setTimeout(() => {
      log.warn('grace period over: closing remaining connections');
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.close();
    await db.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
