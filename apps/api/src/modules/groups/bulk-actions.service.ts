import type { EntityManager } from '@mikro-orm/postgresql';
import { cleanText, CONTACT_LIMITS } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit, type AuditOrigin } from '../../platform/audit/audit.service';
import { covers, type Viewer } from '../../platform/auth/viewer';
import { viewerOfUser } from '../../platform/auth/user-viewer';
import { forbidden, notFound, unauthenticated, UserError, ValidationFailed } from '../../platform/graphql/errors';
import { TaskFailure, type TaskRun } from '../../platform/jobs/job-queue';
import { runBulkAction, type BulkAction, type BulkOutcome } from './bulk-action';
import type { ContactSelectionInput } from './contact-selection.inputs';
import { checkSelection, selectionConditions, visibleGroup, type SelectionDeps, type StoredSelection } from './contact-selection';
import { countInScope } from './contact-set';

/** Up to this many contacts a bulk action runs in the request; more go to a background task. */
export const BULK_SYNC_LIMIT = 5_000;
/** More than this in one action is refused: narrow the selection (a region, a tag) and repeat. */
export const BULK_MAX = 200_000;
export const BULK_TASK = 'contacts.bulk';

export interface BulkActionPayloadResult {
  outcome: BulkOutcome | null;
  taskId: string | null;
}

/** An action as asked for: a group is named by id, and checked (and its unit read) when the action runs. */
type BulkRequest = Extract<BulkAction, { kind: 'tag' }> | { kind: 'addToGroup' | 'removeFromGroup'; groupId: string };

/** What a queued bulk action carries to its worker: checked selection and action, and where it came from. */
interface BulkTaskParams {
  selection: StoredSelection;
  action: BulkRequest;
  timeZone: string;
  origin: AuditOrigin;
}

/**
 * Tagging and group membership for many contacts at once. Small selections change in the
 * request; larger ones (each measured on a million contacts: 5,000 rows take about 2.5 s,
 * 100,000 about 25 s, mostly index upkeep and WAL) run as a task with progress. Either
 * way one transaction: all of it or nothing, with one audit row.
 */
export class BulkActionsService {
  constructor(private readonly ctx: GraphQLContext) {}

  tag(input: ContactSelectionInput, tagInput: string, remove: boolean): Promise<BulkActionPayloadResult> {
    const tag = cleanText(tagInput);
    if (!tag) throw new ValidationFailed([{ field: 'tag', i18nKey: 'errors:fieldRequired' }]);
    if (tag.length > CONTACT_LIMITS.tag) throw new ValidationFailed([{ field: 'tag', i18nKey: 'errors:tagInvalid', params: { value: tag, max: CONTACT_LIMITS.tag } }]);
    return this.start(checkSelection(input), { kind: 'tag', tag, remove });
  }

  addToGroup(input: ContactSelectionInput, groupId: string): Promise<BulkActionPayloadResult> {
    return this.start(checkSelection(input), { kind: 'addToGroup', groupId });
  }

  addContacts(groupId: string, contactIds: string[]): Promise<BulkActionPayloadResult> {
    return this.start(checkSelection({ contactIds }), { kind: 'addToGroup', groupId });
  }

  removeContacts(groupId: string, contactIds: string[]): Promise<BulkActionPayloadResult> {
    return this.start(checkSelection({ contactIds }), { kind: 'removeFromGroup', groupId });
  }

  private async start(selection: StoredSelection, request: BulkRequest): Promise<BulkActionPayloadResult> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw unauthenticated();
    const deps: SelectionDeps = { em: this.ctx.em, viewer, timeZone: this.ctx.config.timeZone };
    const action = await allowedAction(deps, viewer, request);
    const conditions = await selectionConditions(deps, selection);
    const plan = bulkPlan(await countInScope(this.ctx.em, viewer, conditions));
    const origin: AuditOrigin = { requestId: this.ctx.requestId, ip: this.ctx.ip };
    if (plan === 'task') {
      const params: BulkTaskParams = { selection, action: request, timeZone: this.ctx.config.timeZone, origin };
      return { outcome: null, taskId: await this.ctx.jobs.enqueue(BULK_TASK, { ...params }, viewer.userId) };
    }
    const outcome = await this.ctx.em.transactional(async (em) => {
      const result = await runBulkAction(em, viewer, conditions, action);
      await recordBulkAudit(em, viewer, selection, action, result, origin);
      return result;
    });
    this.ctx.loaders.contacts.byId.clearAll();
    return { outcome, taskId: null };
  }
}

/** Where a bulk action over `count` contacts runs: in the request, as a task, or not at all. */
export function bulkPlan(count: number): 'now' | 'task' {
  if (count > BULK_MAX) {
    throw new UserError('BAD_USER_INPUT', 'errors:bulkTooLarge', `At most ${BULK_MAX} contacts at once; this selection has ${count}.`, {
      params: { max: BULK_MAX, count },
    });
  }
  return count > BULK_SYNC_LIMIT ? 'task' : 'now';
}

/** The worker side: the same action with the user's current roles, progress as it goes. */
export async function runBulkTask(run: TaskRun): Promise<Record<string, unknown>> {
  const params = run.params as unknown as BulkTaskParams;
  const em = run.orm.em.fork() as EntityManager;
  const viewer = run.createdBy ? await viewerOfUser(em, run.createdBy) : null;
  if (!viewer) throw new TaskFailure('errors:forbidden', 'The user who started the task can no longer act.');
  const deps: SelectionDeps = { em, viewer, timeZone: params.timeZone };
  try {
    const action = await allowedAction(deps, viewer, params.action);
    const conditions = await selectionConditions(deps, params.selection);
    const outcome = await em.transactional(async (tx) => {
      const result = await runBulkAction(tx, viewer, conditions, action, (done, total) => run.progress(done, total));
      await recordBulkAudit(tx, viewer, params.selection, action, result, params.origin, run.id);
      return result;
    });
    return { ...outcome };
  } catch (error) {
    if (error instanceof UserError) throw new TaskFailure(String(error.extensions.i18nKey), error.message);
    throw error;
  }
}

/** Group actions need a static group the viewer may see and edit; joining it is bounded by its owner unit. */
async function allowedAction(deps: SelectionDeps, viewer: Viewer, request: BulkRequest): Promise<BulkAction> {
  if (request.kind === 'tag') return request;
  const group = await visibleGroup(deps, request.groupId);
  if (!group) throw notFound();
  if (!covers(viewer.scope('contacts', 'write').grants, group.orgPath)) throw forbidden();
  if (group.kind !== 'static') throw new UserError('BAD_USER_INPUT', 'errors:groupNotStatic', 'Contacts are added by hand only to static groups.', { field: 'groupId' });
  return request.kind === 'addToGroup' ? { kind: 'addToGroup', groupId: group.id, ownerPath: group.orgPath } : { kind: 'removeFromGroup', groupId: group.id };
}

async function recordBulkAudit(
  em: EntityManager,
  viewer: Viewer,
  selection: StoredSelection,
  action: BulkAction,
  outcome: BulkOutcome,
  origin: AuditOrigin,
  taskId?: string,
): Promise<void> {
  const group = action.kind === 'tag' ? null : action.groupId;
  const operation =
    action.kind === 'tag' ? (action.remove ? 'contact.bulkUntag' : 'contact.bulkTag') : action.kind === 'addToGroup' ? 'contactGroup.addContacts' : 'contactGroup.removeContacts';
  audit(
    em,
    {
      actorUserId: viewer.userId,
      operation,
      recordType: group ? 'ContactGroup' : 'ContactSelection',
      recordId: group,
      after: { selection, ...(action.kind === 'tag' ? { tag: action.tag } : {}), ...outcome, ...(taskId ? { taskId } : {}) },
    },
    origin,
  );
  await em.flush();
}
