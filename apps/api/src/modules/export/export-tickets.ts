import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext, Locale } from '../../context';
import { audit, type AuditOrigin } from '../../platform/audit/audit.service';
import { hashSessionToken } from '../../platform/auth/session-token';
import { execute } from '../../platform/db/sql';
import { unauthenticated } from '../../platform/graphql/errors';
import type { ContactSelectionInput } from '../groups/contact-selection.inputs';
import { checkSelection, selectionConditions, type StoredSelection } from '../groups/contact-selection';
import { ContactExport, type ExportFormat } from './contact-export.entity';

/** How long a download link works after it is issued: long enough to start it, too short to pass it around. */
export const TICKET_TTL_MS = 2 * 60_000;
export const EXPORT_PATH = '/api/export/contacts';

export interface ExportTicket {
  url: string;
  expiresAt: Date;
}

/** A claimed ticket: the export it allows. */
export interface ClaimedExport {
  id: string;
  selection: StoredSelection;
  format: ExportFormat;
  locale: Locale;
}

/**
 * Issues a one-time download link for an export, through a (CSRF-checked) GraphQL mutation:
 * the file itself is a plain GET a browser can save, and a link to it from another site
 * carries no ticket. The selection is checked now, so mistakes show in the app, not as a
 * failed download.
 */
export async function prepareContactExport(ctx: GraphQLContext, input: ContactSelectionInput, format: ExportFormat): Promise<ExportTicket> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  const selection = checkSelection(input);
  await selectionConditions({ em: ctx.em, viewer, timeZone: ctx.config.timeZone }, selection);
  const token = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const expiresAt = new Date(Date.now() + TICKET_TTL_MS);
  await ctx.em.transactional(async (em) => {
    em.persist(em.create(ContactExport, { id, tokenHash: hashSessionToken(token), userId: viewer.userId, selection, format, locale: ctx.locale, expiresAt } as ContactExport));
    audit(em, { actorUserId: viewer.userId, operation: 'contact.exportRequested', recordType: 'ContactExport', recordId: id, after: { selection, format } }, ctx);
  });
  return { url: `${EXPORT_PATH}?ticket=${token}`, expiresAt };
}

/** Takes a ticket for its user, once, before it expires; null otherwise (the same for every reason). */
export async function claimExport(em: EntityManager, userId: string, token: string): Promise<ClaimedExport | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const [row] = await execute<{ id: string; selection: StoredSelection; format: ExportFormat; locale: Locale }>(
    em,
    `update contact_export set status = 'running', started_at = now()
      where token_hash = ? and user_id = ? and status = 'ready' and expires_at > now()
      returning id, selection, format, locale`,
    [hashSessionToken(token), userId],
  );
  return row ?? null;
}

/**
 * Records how an export ended, with its audit row (who, what, how many rows), in one
 * transaction: on completion, and on failure with the rows written before it.
 */
export async function finishExport(em: EntityManager, userId: string, claimed: ClaimedExport, rows: number, failure: Error | null, origin: AuditOrigin): Promise<void> {
  await em.transactional(async (tx) => {
    await execute(tx, `update contact_export set status = ?, row_count = ?, finished_at = now() where id = ?`, [failure ? 'failed' : 'completed', rows, claimed.id]);
    audit(
      tx,
      {
        actorUserId: userId,
        operation: 'contact.export',
        recordType: 'ContactExport',
        recordId: claimed.id,
        after: { selection: claimed.selection, format: claimed.format, rows, status: failure ? 'failed' : 'completed', ...(failure ? { error: failure.message.slice(0, 200) } : {}) },
      },
      origin,
    );
  });
}
