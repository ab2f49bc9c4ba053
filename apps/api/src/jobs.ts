import type { AppConfig } from './config';
import type { TaskHandler } from './platform/jobs/job-queue';
import { DUPLICATE_SCAN_TASK, duplicateScanHandler } from './modules/duplicates/duplicate-scan.job';
import { BULK_TASK, runBulkTask } from './modules/groups/bulk-actions.service';
import { CONTACT_IMPORT_TASK, contactImportTask } from './modules/imports/import-job';
import { DUES_CHARGES_CRON, DUES_CHARGES_TASK, duesChargesTask } from './modules/dues/dues-charges.task';

/** A kind of background task, its handler, and the cron it also runs on (in the organization's zone), if any. */
export type TaskEntry = readonly [kind: string, handler: TaskHandler, cron?: string];

/**
 * Every kind of background task with its handler, in one place (as schema.ts lists the
 * resolvers). Modules export handlers; a kind is added here when its module lands.
 */
export function taskHandlers(config: AppConfig): readonly TaskEntry[] {
  return [
    [DUPLICATE_SCAN_TASK, duplicateScanHandler],
    [BULK_TASK, runBulkTask],
    [CONTACT_IMPORT_TASK, contactImportTask],
    [DUES_CHARGES_TASK, duesChargesTask(config), DUES_CHARGES_CRON],
  ];
}
