import { useTranslation } from 'react-i18next';
import { TaskProgress } from '../../../lib/components/task-progress';
import type { BackgroundTask } from '../../../lib/use-background-task';
import { useFormatters } from '../../../lib/use-formatters';
import type { BulkOutcome, BulkPayload } from '../hooks/use-bulk-run';

/** What a bulk action did, or how far its background task has got. */
export function BulkResult({ payload, task, outcome, failedKey }: { payload: BulkPayload; task: BackgroundTask | null; outcome: BulkOutcome | null; failedKey: string | null }) {
  const { t, i18n } = useTranslation(['groups', 'errors']);
  const { number } = useFormatters();
  if (outcome) {
    return (
      <div className="bulk-result" role="status" data-testid="bulk-result">
        <p>{t('groups:bulk.changed', { count: outcome.changed, formatted: number(outcome.changed) })}</p>
        {outcome.skipped > 0 && <p className="muted">{t('groups:bulk.skipped', { count: outcome.skipped, formatted: number(outcome.skipped) })}</p>}
      </div>
    );
  }
  if (failedKey) {
    return (
      <p className="alert alert--error" role="alert">
        {i18n.exists(failedKey) ? (i18n.t as (key: string) => string)(failedKey) : t('errors:taskFailed')}
      </p>
    );
  }
  if (payload.taskId) {
    return (
      <div className="bulk-result" data-testid="bulk-task">
        <p>{t('groups:bulk.background')}</p>
        <TaskProgress task={task} label={t('groups:bulk.taskLabel')} />
      </div>
    );
  }
  return null;
}
