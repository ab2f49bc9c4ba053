import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createApp } from '../app';
import type { ViewerCache } from '../platform/auth/viewer-cache';
import type { JobQueue } from '../platform/jobs/job-queue';
import type { ListenerTimings } from '../platform/auth/viewer-invalidation';
import { readConfig, type AppConfig } from '../config';
import { createLogger } from '../platform/logging/logger';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  headers: Headers;
}

export interface TestServer {
  url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; cookie?: string; headers?: Record<string, string> },
  ): Promise<GqlResponse<T>>;
  viewerCache: ViewerCache;
  jobs: JobQueue;
  close(): Promise<void>;
}

/** The real HTTP app on an ephemeral port, over the given ORM. */
export async function startTestServer(
  orm: MikroORM,
  overrides: Partial<AppConfig> = {},
  listenerTimings: Partial<ListenerTimings> = {},
): Promise<TestServer> {
  // Workers are opt-in (`{ runJobs: true }`): most tests start no job queue at all.
  const config = { ...readConfig(), webDist: '/nonexistent', runJobs: false, ...overrides };
  const app = await createApp({ orm, config, log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), listenerTimings });
  const server = http.createServer(app.express);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    viewerCache: app.viewerCache,
    jobs: app.jobs,
    async gql(query, variables = {}, options = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (options.cookie) headers.cookie = options.cookie;
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: unknown; errors?: GqlResponse['errors'] };
      return { status: res.status, data: (body.data ?? null) as never, errors: body.errors, headers: res.headers };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}
