import type { TaskHandler } from './platform/jobs/job-queue';
import { DUPLICATE_SCAN_TASK, duplicateScanHandler } from './modules/duplicates/duplicate-scan.job';
import { BULK_TASK, runBulkTask } from './modules/groups/bulk-actions.service';
import { CONTACT_IMPORT_TASK, contactImportTask } from './modules/imports/import-job';

/**
 * Every kind of background task with its handler, in one place (as schema.ts lists the
 * resolvers). Modules export handlers; a kind is added here when its module lands.
 */
export const TASK_HANDLERS: readonly [kind: string, handler: TaskHandler][] = [
  [DUPLICATE_SCAN_TASK, duplicateScanHandler],
  [BULK_TASK, runBulkTask],
  [CONTACT_IMPORT_TASK, contactImportTask],
];
