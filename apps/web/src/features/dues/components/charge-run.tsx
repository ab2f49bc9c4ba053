import { useMutation } from '@apollo/client/react';
import { calendarDateIn } from '@hromada/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GenerateDuesChargesDocument } from '../../../gql/graphql';
import { FieldShell } from '../../../lib/components/form-field';
import { TaskProgress } from '../../../lib/components/task-progress';
import { formErrors } from '../../../lib/errors';
import { useBackgroundTask } from '../../../lib/use-background-task';
import { useFormatters } from '../../../lib/use-formatters';

/** "Generate charges for a month" in the viewer's scope, followed to the end with a progress bar. */
export function ChargeRun() {
  const { t, i18n } = useTranslation(['dues', 'errors']);
  const format = useFormatters();
  const [month, setMonth] = useState(() => calendarDateIn(Intl.DateTimeFormat().resolvedOptions().timeZone).slice(0, 7));
  const [taskId, setTaskId] = useState<string | null>(null);
  const [start, { loading, error }] = useMutation(GenerateDuesChargesDocument);
  const { task, finished } = useBackgroundTask(taskId);
  const problems = error ? formErrors(error, i18n, ['month']) : { fields: {} as { month?: string }, general: [] };
  const message = problems.fields.month ?? problems.general[0];
  const result = task?.status === 'succeeded' ? (task.result as { charged?: number; amountKopiyky?: number } | null) : null;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const res = await start({ variables: { month } });
      setTaskId(res.data?.generateDuesCharges ?? null);
    } catch {
      // shown from `error`
    }
  }

  const running = taskId !== null && !finished;
  return (
    <div className="charge-run">
      <form className="charge-run__form" noValidate onSubmit={handleSubmit}>
        <FieldShell label={t('dues:charges.month')} hint={t('dues:charges.hint')} error={message}>
          {(control) => <input {...control} className="input" type="month" data-testid="dues-charge-month" value={month} onChange={(e) => setMonth(e.target.value)} />}
        </FieldShell>
        <button type="submit" className="button button--primary" data-testid="dues-charge-start" disabled={loading || running}>
          {t('dues:charges.start')}
        </button>
      </form>
      {taskId && <TaskProgress task={task} label={t('dues:charges.progress', { month: format.period(month) })} />}
      {result && (
        <p className="hint" role="status" data-testid="dues-charge-result">
          {t('dues:charges.result', { count: result.charged ?? 0, amount: format.money(result.amountKopiyky ?? 0) })}
        </p>
      )}
      {task?.status === 'failed' && task.errorKey && (
        <p className="alert" role="alert">
          {(t as (key: string) => string)(task.errorKey)}
        </p>
      )}
    </div>
  );
}
