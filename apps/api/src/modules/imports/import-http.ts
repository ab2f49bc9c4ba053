import { once } from 'node:events';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { localeOf, type Locale } from '../../context';
import { readSessionToken } from '../../platform/auth/session-token';
import { loadViewer } from '../../platform/auth/session-viewer';
import type { ViewerCache } from '../../platform/auth/viewer-cache';
import type { Viewer } from '../../platform/auth/viewer';
import { execute } from '../../platform/db/sql';
import { isUuid } from '../../platform/graphql/ids';
import { passesCsrf } from '../../platform/graphql/request-guards.plugin';
import { translate } from '../../platform/i18n/server-i18n';
import type { Logger } from '../../platform/logging/logger';
import { ImportFileRefused, MAX_IMPORT_BYTES } from './import-file-detect';
import { reportLines } from './import-report';
import { storeUpload } from './import-upload.service';

interface Authenticated {
  viewer: Viewer;
  em: EntityManager;
}

/** A JSON error in the shape GraphQL errors have: a code, an i18n key and its params, and the message in the user's language. */
function sendError(req: Request, res: Response, status: number, code: string, i18nKey: string, params: Record<string, string | number> = {}): void {
  res.status(status).json({ error: { code, i18nKey, params, message: translate(localeOf(req), i18nKey, params) } });
}

/**
 * The file side of contact imports, beside /graphql: `POST /api/imports?name=…` takes the
 * file as the raw body (at most 50 MB) and `GET /api/imports/:id/report.csv` gives the report.
 * Signed in as for GraphQL (bearer token or session cookie); a cookie-authenticated upload
 * needs the same CSRF header as a mutation; only users who may write contacts get in.
 */
export function importRoutes(deps: { orm: MikroORM; viewerCache: ViewerCache; log: Logger }): Router {
  const router = Router();

  const authenticate = (write: boolean) => async (req: Request, res: Response, next: NextFunction) => {
    const token = readSessionToken(req.headers);
    const em = deps.orm.em.fork() as EntityManager;
    const viewer = token ? await loadViewer(em, token.token, deps.viewerCache) : null;
    if (!viewer) return sendError(req, res, 401, 'UNAUTHENTICATED', 'errors:unauthenticated');
    if (write && token?.via === 'cookie' && !passesCsrf(req)) return sendError(req, res, 403, 'CSRF', 'errors:csrf');
    if (!viewer.can('contacts', 'write')) return sendError(req, res, 403, 'FORBIDDEN', 'errors:forbidden');
    res.locals.auth = { viewer, em } satisfies Authenticated;
    next();
  };

  router.post('/', authenticate(true), express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }), async (req, res) => {
    const { viewer, em } = res.locals.auth as Authenticated;
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const origin = { requestId: String(res.getHeader('x-request-id') ?? ''), ip: req.ip ?? null };
    try {
      const stored = await storeUpload(em, viewer, String(req.query.name ?? ''), bytes, origin);
      res.status(201).json({
        id: stored.id,
        fileName: stored.fileName,
        format: stored.format,
        encoding: stored.encoding,
        delimiter: stored.delimiter,
        headers: stored.headers,
        sample: stored.sample,
        rowCount: stored.rowCount,
      });
    } catch (error) {
      if (!(error instanceof ImportFileRefused)) throw error;
      sendError(req, res, error.i18nKey === 'imports:error.fileTooLarge' ? 413 : 422, 'IMPORT_REFUSED', error.i18nKey, error.params);
    }
  });

  router.get('/:id/report.csv', authenticate(false), async (req, res) => {
    const { viewer, em } = res.locals.auth as Authenticated;
    const id = String(req.params.id);
    const [found] = isUuid(id)
      ? await execute<{ file_name: string; headers: string[]; dry_run: boolean | null; locale: string }>(
          em,
          `select i.file_name, i.headers, i.dry_run, u.locale from contact_import i join app_user u on u.id = i.created_by
            where i.id = ? and i.created_by = ?`,
          [id, viewer.userId],
        )
      : [];
    if (!found || found.dry_run === null) return sendError(req, res, 404, 'NOT_FOUND', 'errors:notFound');
    const locale = reportLocale(req, found.locale);
    const name = `${found.file_name.replace(/\.[^.]*$/, '')}-${translate(locale, 'imports:report.fileSuffix')}.csv`;
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="report.csv"; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.setHeader('cache-control', 'no-store');
    for await (const chunk of reportLines(em, id, found.headers, found.dry_run, locale)) {
      if (!res.write(chunk)) await once(res, 'drain');
    }
    res.end();
  });

  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if ((error as { type?: unknown }).type === 'entity.too.large') {
      return sendError(req, res, 413, 'IMPORT_REFUSED', 'imports:error.fileTooLarge', { max: MAX_IMPORT_BYTES / 1024 / 1024 });
    }
    const requestId = String(res.getHeader('x-request-id') ?? '');
    deps.log.error({ err: error, requestId }, 'import request failed');
    sendError(req, res, 500, 'INTERNAL_SERVER_ERROR', 'errors:internal', { requestId });
  });

  return router;
}

/** The language asked for (`?lang=`), else the browser's, else the user's own. */
function reportLocale(req: Request, userLocale: string): Locale {
  const asked = String(req.query.lang ?? '');
  if (asked === 'uk' || asked === 'en') return asked;
  if (req.headers['accept-language']) return localeOf(req);
  return userLocale === 'en' ? 'en' : 'uk';
}
