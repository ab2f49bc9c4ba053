import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { isWithin } from '../../platform/auth/ltree-path';
import { covers } from '../../platform/auth/viewer';
import { forbidden, notFound, unauthenticated } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/graphql/ids';
import { BackgroundTask } from '../../platform/jobs/background-task.entity';
import { DUPLICATE_SCAN_TASK, type DuplicateScanParams } from './duplicate-scan.job';

/** Starting duplicate scans and finding the latest one. */
export class DuplicateScanService {
  constructor(private readonly ctx: GraphQLContext) {}

  /**
   * Queues a scan of the unit's subtree, limited to where the viewer may edit contacts (a
   * unit they see only as an ancestor scans just the parts below it they hold); returns the task id.
   */
  async start(orgUnitId: string): Promise<string> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw unauthenticated();
    const unit = isUuid(orgUnitId) ? await this.ctx.loaders.org.byId.load(orgUnitId) : null;
    if (!unit) throw notFound();
    const { grants } = viewer.scope('contacts', 'write');
    // Grants over the unit, or over parts of its subtree.
    const relevant = grants.filter((g) => covers([g], unit.path) || isWithin(g.path, unit.path));
    if (relevant.length === 0) throw forbidden();
    const params: DuplicateScanParams = { orgUnitId, grants: relevant };
    const taskId = await this.ctx.jobs.enqueue(DUPLICATE_SCAN_TASK, { ...params }, viewer.userId);
    audit(this.ctx.em, { actorUserId: viewer.userId, operation: 'duplicates.scan', recordType: 'OrgUnit', recordId: orgUnitId, after: { taskId } }, this.ctx);
    await this.ctx.em.flush();
    return taskId;
  }

  /** The viewer's latest scan of the unit, running or finished; scans are seen by their starter only. */
  async latest(orgUnitId: string): Promise<BackgroundTask | null> {
    const viewer = this.ctx.viewer;
    if (!viewer || !isUuid(orgUnitId)) return null;
    const [task] = await this.ctx.em.find(
      BackgroundTask,
      { kind: DUPLICATE_SCAN_TASK, createdBy: viewer.userId, params: { orgUnitId } },
      { orderBy: { createdAt: 'desc' }, limit: 1 },
    );
    return task ?? null;
  }
}
