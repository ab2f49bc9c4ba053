import type { TaskHandler } from './platform/jobs/job-queue';
import { CONTACT_IMPORT_TASK, contactImportTask } from './modules/imports/import-job';

/**
 * Every kind of background task with its handler, in one place (as schema.ts lists the
 * resolvers). Modules export handlers; a kind is added here when its module lands.
 */
export const TASK_HANDLERS: readonly [kind: string, handler: TaskHandler][] = [
  [CONTACT_IMPORT_TASK, contactImportTask],
];
