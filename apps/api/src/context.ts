import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from './config';
import type { Logger } from './platform/logging/logger';
import { ORG_SCOPE_FILTER } from './platform/auth/org-scope-filter';
import { loadViewer } from './platform/auth/session-viewer';
import { readSessionToken } from './platform/auth/session-token';
import type { ViewerCache } from './platform/auth/viewer-cache';
import type { Viewer } from './platform/auth/viewer';
import { createLoaders, type Loaders } from './loaders';
import type { JobQueue } from './platform/jobs/job-queue';

export type Locale = 'uk' | 'en';

export interface GraphQLContext {
  requestId: string;
  config: AppConfig;
  log: Logger;
  em: EntityManager;
  req: Request;
  res: Response;
  ip: string | null;
  userAgent: string | null;
  locale: Locale;
  viewer: Viewer | null;
  /** How the session token came: cookie-authenticated mutations need the CSRF header. */
  authVia: 'bearer' | 'cookie' | null;
  loaders: Loaders;
  /** This process's viewers by token; shared by its requests, holds only immutable viewers. */
  viewerCache: ViewerCache;
  /** Background jobs: enqueue long work, get a task id to poll. */
  jobs: JobQueue;
  /** Reads the session token, if any, into `viewer`. Called once the query has passed validation. */
  authenticate(): Promise<void>;
  setViewer(viewer: Viewer | null): void;
}

export function localeOf(req: Request): Locale {
  const header = String(req.headers['accept-language'] ?? '').toLowerCase();
  return header.startsWith('en') ? 'en' : 'uk';
}

/**
 * One EntityManager fork and fresh loaders per request; nothing shared between requests.
 * A class, and methods use `this`: Apollo shallow-clones the context object per operation.
 */
class RequestContext implements GraphQLContext {
  readonly requestId: string;
  readonly log: Logger;
  readonly em: EntityManager;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly locale: Locale;
  viewer: Viewer | null = null;
  authVia: 'bearer' | 'cookie' | null = null;
  private viewerLoaders: Loaders | null = null;

  constructor(
    orm: MikroORM,
    readonly config: AppConfig,
    log: Logger,
    readonly viewerCache: ViewerCache,
    readonly jobs: JobQueue,
    readonly req: Request,
    readonly res: Response,
  ) {
    this.requestId = String(res.getHeader('x-request-id') ?? randomUUID());
    this.log = log.child({ requestId: this.requestId });
    this.em = orm.em.fork() as EntityManager;
    this.ip = req.ip ?? null;
    this.userAgent = typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : null;
    this.locale = localeOf(req);
    this.em.setFilterParams(ORG_SCOPE_FILTER, { viewer: null });
  }

  async authenticate(): Promise<void> {
    const token = readSessionToken(this.req.headers);
    if (!token) return;
    const viewer = await loadViewer(this.em, token.token, this.viewerCache);
    if (viewer) this.authVia = token.via;
    this.setViewer(viewer);
  }

  setViewer(viewer: Viewer | null): void {
    this.viewer = viewer;
    this.em.setFilterParams(ORG_SCOPE_FILTER, { viewer });
    this.viewerLoaders = null;
  }

  /** Made on first use, for the viewer of that moment: their results depend on scope. */
  get loaders(): Loaders {
    this.viewerLoaders ??= createLoaders(this.em, this.viewer, this.locale, this.config.timeZone);
    return this.viewerLoaders;
  }
}

export function createContext(
  deps: { orm: MikroORM; config: AppConfig; log: Logger; viewerCache: ViewerCache; jobs: JobQueue },
  req: Request,
  res: Response,
): GraphQLContext {
  return new RequestContext(deps.orm, deps.config, deps.log, deps.viewerCache, deps.jobs, req, res);
}
