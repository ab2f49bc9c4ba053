import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useBackgroundTask } from '../../../lib/use-background-task';

export interface BulkOutcome {
  matched: number;
  changed: number;
  skipped: number;
  notWritable: number;
}

export interface BulkPayload {
  outcome?: BulkOutcome | null;
  taskId?: string | null;
}

function isOutcome(value: unknown): value is BulkOutcome {
  return typeof value === 'object' && value !== null && typeof (value as BulkOutcome).changed === 'number';
}

/**
 * Follows a bulk action to its outcome: at once for a small selection, through its
 * background task for a large one. Lists on screen are refreshed when it is done.
 */
export function useBulkRun() {
  const client = useApolloClient();
  const [payload, setPayload] = useState<BulkPayload | null>(null);
  const { task } = useBackgroundTask(payload?.taskId ?? null);
  const outcome = payload?.outcome ?? (task?.status === 'succeeded' && isOutcome(task.result) ? task.result : null);
  const failedKey = task?.status === 'failed' ? (task.errorKey ?? 'errors:taskFailed') : null;

  useEffect(() => {
    if (outcome && outcome.changed > 0) void client.refetchQueries({ include: 'active' });
  }, [outcome, client]);

  return { payload, start: setPayload, reset: () => setPayload(null), task, outcome, failedKey };
}
