import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from './config';
import { createContext, type GraphQLContext } from './context';
import type { Logger } from './platform/logging/logger';
import { execute } from './platform/db/sql';
import { ViewerCache } from './platform/auth/viewer-cache';
import { VIEWER_CHANNEL, ViewerInvalidationListener, type ListenerTimings } from './platform/auth/viewer-invalidation';
import { buildExecutableSchema } from './schema';
import { requestGuardsPlugin } from './platform/graphql/request-guards.plugin';
import { errorReportingPlugin } from './platform/graphql/error-reporting.plugin';
import { JobQueue } from './platform/jobs/job-queue';
import { exportRouter } from './modules/export/export.routes';
import { importRoutes } from './modules/imports/import-http';
import { taskHandlers } from './jobs';

export interface App {
  express: Express;
  viewerCache: ViewerCache;
  jobs: JobQueue;
  /** Stops Apollo, the job queue and the viewer invalidation listener; the ORM stays open. */
  close(): Promise<void>;
}

export interface AppDeps {
  orm: MikroORM;
  config: AppConfig;
  log: Logger;
  /** Tests shorten or lengthen the listener's reconnect and probe times. */
  listenerTimings?: Partial<ListenerTimings>;
}

/** The HTTP application: /graphql, /api/imports (file upload and report), /healthz and the built SPA, on one port. */
export async function createApp(deps: AppDeps): Promise<App> {
  const { config, log, orm } = deps;
  const viewerCache = new ViewerCache();
  const listener = invalidationListener(orm, viewerCache, log, deps.listenerTimings);
  const jobs = new JobQueue(orm, log);
  const tasks = taskHandlers(config);
  for (const [kind, handler] of tasks) jobs.register(kind, handler);
  const apollo = new ApolloServer<GraphQLContext>({
    schema: await buildExecutableSchema(),
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // No HTTP caching of GraphQL responses, so no per-field cache-hint bookkeeping either.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), requestGuardsPlugin(), errorReportingPlugin()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTs and never revalidated: hashing each body for an ETag is waste.
  // Static files keep their own validators (serve-static).
  app.set('etag', false);
  if (config.trustProxy) app.set('trust proxy', 1);

  app.use((req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'same-origin');
    res.setHeader('x-frame-options', 'DENY');
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info({ requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok', database: 'up' });
    } catch (error) {
      log.warn({ err: error }, 'health check failed');
      res.status(503).json({ status: 'degraded', database: 'down' });
    }
  });

  app.use(
    '/graphql',
    // Bank statements come as base64 in a mutation: 5 MB of file is about 6.7 MB of JSON.
    express.json({ limit: '7mb' }),
    expressMiddleware(apollo, { context: async ({ req, res }) => createContext({ orm, config, log, viewerCache, jobs }, req, res) }),
  );

  app.use('/api/export', exportRouter({ orm, config, log, viewerCache }));
  app.use('/api/imports', importRoutes({ orm, viewerCache, log }));

  serveSpa(app, config.webDist, log);
  await listener.start();
  if (config.runJobs) {
    await jobs.start(true);
    for (const [kind, , cron] of tasks) if (cron) await jobs.schedule(kind, cron, {}, config.timeZone);
  }
  return {
    express: app,
    viewerCache,
    jobs,
    close: async () => {
      await apollo.stop();
      await jobs.stop();
      await listener.stop();
    },
  };
}

/** Keeps the viewer cache in step with other processes: LISTENs on the ORM's own database. */
function invalidationListener(orm: MikroORM, cache: ViewerCache, log: Logger, timings: Partial<ListenerTimings> = {}): ViewerInvalidationListener {
  const clientUrl = orm.config.get('clientUrl');
  if (!clientUrl) throw new Error('The ORM has no clientUrl for the viewer invalidation listener');
  const notify = async (payload: string) => {
    await execute(orm.em.fork(), 'select pg_notify(?, ?)', [VIEWER_CHANNEL, payload]);
  };
  return new ViewerInvalidationListener({ connectionString: clientUrl, cache, log, notify }, timings);
}

/** Static files with long caching for hashed assets, and index.html for every app route. */
function serveSpa(app: Express, webDist: string, log: Logger): void {
  const index = path.join(webDist, 'index.html');
  if (!fs.existsSync(index)) {
    log.warn({ webDist }, 'web app not built; only /graphql and /healthz are served');
    return;
  }
  app.use('/assets', express.static(path.join(webDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(webDist, { index: false }));
  app.get(/^(?!\/graphql|\/healthz|\/api\/).*/, (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
