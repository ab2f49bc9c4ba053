import { execute, timestamp } from '../db/sql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Reach } from '@hromada/shared';
import { hashSessionToken } from './session-token';
import { Viewer, type Assignment } from './viewer';
import type { ViewerCache } from './viewer-cache';

interface SessionRow {
  session_id: string;
  user_id: string;
  contact_id: string | null;
  contact_path: string | null;
  /** timestamptz as the ORM's driver returns it: text with its UTC offset. */
  expires_at: string;
  stale: boolean;
  assignments: { role: string; reach: Reach; unitId: string; unitPath: string }[];
}

/**
 * The viewer behind a session token, from the cache or in one statement: the live session,
 * its user, the user's own contact path and every role assignment with its unit path. Null
 * when the token is unknown, revoked, expired or the user is disabled (never cached).
 */
export async function loadViewer(em: EntityManager, token: string, cache: ViewerCache): Promise<Viewer | null> {
  const tokenHash = hashSessionToken(token);
  const cached = cache.get(tokenHash);
  if (cached) return cached;
  const generation = cache.generation();
  const rows: SessionRow[] = await execute(em,
    `select s.id as session_id, s.user_id, u.contact_id, c.org_path::text as contact_path, s.expires_at,
            s.last_seen_at < now() - interval '5 minutes' as stale,
            coalesce((select json_agg(json_build_object('role', r.role, 'reach', r.reach, 'unitId', r.org_unit_id, 'unitPath', o.path::text))
                        from role_assignment r join org_unit o on o.id = r.org_unit_id where r.user_id = u.id), '[]') as assignments
       from session s
       join app_user u on u.id = s.user_id
       left join contact c on c.id = u.contact_id
      where s.token_hash = ? and s.revoked_at is null and s.expires_at > now() and u.disabled_at is null`,
    [tokenHash],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.stale) await execute(em, 'update session set last_seen_at = now() where id = ?', [row.session_id]);
  const assignments: Assignment[] = row.assignments.map((a) => ({ ...a }));
  const viewer = new Viewer(row.user_id, row.session_id, row.contact_id, row.contact_path, assignments);
  cache.set(tokenHash, viewer, timestamp(row.expires_at), generation);
  return viewer;
}
