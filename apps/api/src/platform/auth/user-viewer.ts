import type { EntityManager } from '@mikro-orm/postgresql';
import type { Reach } from '@hromada/shared';
import { execute } from '../db/sql';
import { Viewer } from './viewer';

interface UserRow {
  contact_id: string | null;
  contact_path: string | null;
  assignments: { role: string; reach: Reach; unitId: string; unitPath: string }[];
}

/**
 * A user as a viewer, without a session: for work done on their behalf after the request
 * (a background import). Read fresh, so roles taken away since the request no longer count.
 * Null for an unknown or disabled user.
 */
export async function loadUserViewer(em: EntityManager, userId: string): Promise<Viewer | null> {
  const [row] = await execute<UserRow>(
    em,
    `select u.contact_id, c.org_path::text as contact_path,
            coalesce((select json_agg(json_build_object('role', r.role, 'reach', r.reach, 'unitId', r.org_unit_id, 'unitPath', o.path::text))
                        from role_assignment r join org_unit o on o.id = r.org_unit_id where r.user_id = u.id), '[]') as assignments
       from app_user u
       left join contact c on c.id = u.contact_id
      where u.id = ? and u.disabled_at is null`,
    [userId],
  );
  return row ? new Viewer(userId, null, row.contact_id, row.contact_path, row.assignments) : null;
}
