import type { TaskHandler } from '../../platform/jobs/job-queue';
import { runContactImport, type ImportRunParams } from './import-run';

export const CONTACT_IMPORT_TASK = 'contacts.import';

/** The background task of a check or an import; its result is the counts, read back by the import page. */
export const contactImportTask: TaskHandler = async (run) => {
  const params = run.params as unknown as ImportRunParams;
  const counts = await runContactImport(run.orm, params, (done, total) => run.progress(done, total));
  return { importId: params.importId, dryRun: params.dryRun, ...counts };
};
