import { viewerOfUser } from '../../platform/auth/user-viewer';
import type { Grant } from '../../platform/auth/viewer';
import { execute } from '../../platform/db/sql';
import { TaskFailure, type TaskHandler } from '../../platform/jobs/job-queue';
import { scanDuplicates } from './duplicate-scan';

export const DUPLICATE_SCAN_TASK = 'duplicate_scan';

/** What a scan task stores when it is started: the unit, and the starter's write grants over it then. */
export interface DuplicateScanParams {
  orgUnitId: string;
  grants: Grant[];
}

/**
 * Runs a scan task. Scope is evaluated again when the task runs: a contact is scanned only if
 * the grants stored at the start and the starter's grants now both cover it, so access
 * revoked while the task waited is not used, and access gained meanwhile is not either.
 */
export const duplicateScanHandler: TaskHandler = async (run) => {
  const params = run.params as unknown as DuplicateScanParams;
  const em = run.orm.em.fork();
  const viewer = run.createdBy ? await viewerOfUser(em, run.createdBy) : null;
  if (!viewer) throw new TaskFailure('errors:forbidden', 'The user who started the scan can no longer act');
  const [unit] = await execute<{ path: string }>(em, 'select path::text as path from org_unit where id = ?', [params.orgUnitId]);
  if (!unit) throw new TaskFailure('errors:notFound', 'The unit of the scan no longer exists');
  const summary = await scanDuplicates(
    em,
    {
      unitPath: unit.path,
      scopes: [{ grants: params.grants, selfContactId: null, selfContactPath: null }, viewer.scope('contacts', 'write')],
      taskId: run.id,
    },
    run.progress,
  );
  return { ...summary };
};
