import { useTranslation } from 'react-i18next';
import type { BackgroundTask } from '../use-background-task';
import { useFormatters } from '../use-formatters';

/** A progress bar for a background task, announced to screen readers as it moves. */
export function TaskProgress({ task, label }: { task: BackgroundTask | null; label: string }) {
  const { t } = useTranslation(['common']);
  const { number } = useFormatters();
  const done = task?.done ?? 0;
  const total = task?.total ?? null;
  const percent = total ? Math.min(100, Math.round((done / total) * 100)) : null;
  const status = task?.status ?? 'queued';
  const text =
    status === 'queued'
      ? t('common:task.queued')
      : total === null
        ? t('common:task.runningUnknown', { done: number(done) })
        : t('common:task.running', { done: number(done), total: number(total), percent });
  return (
    <div className="task-progress" data-testid="task-progress" data-status={status}>
      <span className="task-progress__label" id="task-progress-label">
        {label}
      </span>
      <progress
        className="task-progress__bar"
        aria-labelledby="task-progress-label"
        max={total ?? undefined}
        value={total === null ? undefined : done}
      />
      <span className="task-progress__text" aria-live="polite">
        {status === 'succeeded' ? t('common:task.succeeded') : status === 'failed' ? t('common:task.failed') : text}
      </span>
    </div>
  );
}
