import type { EntityManager } from '@mikro-orm/postgresql';
import type { Reach } from '@hromada/shared';
import { execute } from '../db/sql';
import { Viewer } from './viewer';

interface UserRow {
  user_id: string;
  contact_id: string | null;
  contact_path: string | null;
  assignments: { role: string; reach: Reach; unitId: string; unitPath: string }[];
}

/**
 * The viewer a user is now, without a session: for background work they started, which
 * must act with their current roles (revoked since the start means refused), not the ones
 * they had when they asked. Null for an unknown or disabled user.
 */
export async function viewerOfUser(em: EntityManager, userId: string): Promise<Viewer | null> {
  const [row] = await execute<UserRow>(
    em,
    `select u.id as user_id, u.contact_id, c.org_path::text as contact_path,
            coalesce((select json_agg(json_build_object('role', r.role, 'reach', r.reach, 'unitId', r.org_unit_id, 'unitPath', o.path::text))
                        from role_assignment r join org_unit o on o.id = r.org_unit_id where r.user_id = u.id), '[]') as assignments
       from app_user u left join contact c on c.id = u.contact_id
      where u.id = ? and u.disabled_at is null`,
    [userId],
  );
  if (!row) return null;
  return new Viewer(row.user_id, null, row.contact_id, row.contact_path, row.assignments.map((a) => ({ ...a })));
}
