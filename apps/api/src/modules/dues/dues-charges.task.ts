import { calendarDateIn, isMonthPeriod } from '@hromada/shared';
import type { AppConfig } from '../../config';
import type { Grant } from '../../platform/auth/viewer';
import { TaskFailure, type TaskHandler } from '../../platform/jobs/job-queue';
import { generateDuesCharges } from './dues-charges';

export const DUES_CHARGES_TASK = 'dues.charges';

/** The 1st of every month at 03:00 in the organization's zone: charges for the month just begun. */
export const DUES_CHARGES_CRON = '0 3 1 * *';

/**
 * The charge run as a background task. Params: `month` ('YYYY-MM'; the current month in the
 * organization's zone when absent, as on the monthly schedule) and `grants` (the dues write
 * scope of the user who started it; absent for the scheduled run, which covers everyone).
 */
export function duesChargesTask(config: AppConfig): TaskHandler {
  return async (run) => {
    const month = typeof run.params.month === 'string' ? run.params.month : calendarDateIn(config.timeZone).slice(0, 7);
    if (!isMonthPeriod(month)) throw new TaskFailure('dues:error.monthInvalid', `Not a month: ${month}`);
    const grants = readGrants(run.params.grants);
    const result = await generateDuesCharges(run.orm.em.fork(), {
      month,
      yearlyMonth: config.duesYearlyMonth,
      grants,
      onProgress: (done, total) => run.progress(done, total),
    });
    run.log.info({ ...result }, 'dues charged');
    return { ...result };
  };
}

function readGrants(value: unknown): Grant[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) throw new TaskFailure('errors:taskFailed', 'grants must be a list');
  return value.map((g: Partial<Grant>) => {
    if (typeof g?.unitId !== 'string' || typeof g.path !== 'string' || (g.reach !== 'UNIT' && g.reach !== 'SUBTREE')) {
      throw new TaskFailure('errors:taskFailed', 'a grant is malformed');
    }
    return { unitId: g.unitId, path: g.path, reach: g.reach };
  });
}
