import { Router, type Request, type Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config';
import { calendarDateIn } from '@hromada/shared';
import type { Logger } from '../../platform/logging/logger';
import { loadViewer } from '../../platform/auth/session-viewer';
import { readSessionToken } from '../../platform/auth/session-token';
import type { ViewerCache } from '../../platform/auth/viewer-cache';
import { isUserError } from '../../platform/graphql/errors';
import { writeContactExport } from './contact-export';
import { claimExport, finishExport } from './export-tickets';

export interface ExportRouteDeps {
  orm: MikroORM;
  config: AppConfig;
  log: Logger;
  viewerCache: ViewerCache;
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * GET /api/export/contacts?ticket=… streams the file. The session is read exactly as for
 * GraphQL (bearer token or cookie, the same viewer cache); the ticket, issued by the
 * `prepareContactExport` mutation to this user, works once and for two minutes.
 */
export function exportRouter(deps: ExportRouteDeps): Router {
  const router = Router();
  router.get('/contacts', (req, res) => void handle(deps, req, res));
  return router;
}

async function handle(deps: ExportRouteDeps, req: Request, res: Response): Promise<void> {
  res.setHeader('cache-control', 'no-store');
  const em = deps.orm.em.fork() as EntityManager;
  const token = readSessionToken(req.headers);
  const viewer = token ? await loadViewer(em, token.token, deps.viewerCache) : null;
  if (!viewer) {
    res.status(401).type('text/plain').send('Sign in to continue.');
    return;
  }
  const claimed = await claimExport(em, viewer.userId, String(req.query.ticket ?? ''));
  if (!claimed) {
    res.status(404).type('text/plain').send('This download link has expired or was already used. Start the export again.');
    return;
  }
  const requestId = String(res.getHeader('x-request-id') ?? '');
  const origin = { requestId, ip: req.ip ?? null };
  let rows = 0;
  try {
    res.setHeader('content-type', CONTENT_TYPES[claimed.format]);
    res.setHeader('content-disposition', `attachment; filename="contacts-${calendarDateIn(deps.config.timeZone)}.${claimed.format}"`);
    rows = await writeContactExport({ em, viewer, timeZone: deps.config.timeZone }, claimed, res, (written) => {
      rows = written;
    });
    await finishExport(em, viewer.userId, claimed, rows, null, origin);
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    deps.log.warn({ err: failure, requestId, exportId: claimed.id, rows }, 'export failed');
    await finishExport(deps.orm.em.fork() as EntityManager, viewer.userId, claimed, rows, failure, origin).catch((auditError: unknown) =>
      deps.log.error({ err: auditError, exportId: claimed.id }, 'export failure could not be recorded'),
    );
    if (!res.headersSent) {
      res.removeHeader('content-disposition');
      res.status(isUserError(error) ? 404 : 500).type('text/plain').send(isUserError(error) ? failure.message : `Export failed. Reference: ${requestId}`);
    } else {
      res.destroy(failure);
    }
  }
}
