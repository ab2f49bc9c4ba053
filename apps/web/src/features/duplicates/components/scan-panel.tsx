import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DuplicateScanDocument, ScanDuplicatesDocument } from '../../../gql/graphql';
import { TaskProgress } from '../../../lib/components/task-progress';
import { errorMessage } from '../../../lib/errors';
import { useBackgroundTask } from '../../../lib/use-background-task';
import { useFormatters } from '../../../lib/use-formatters';

interface ScanResult {
  pairs?: number;
  newPairs?: number;
}

/** Starts a duplicate scan of the unit and follows it; picks up a scan still running after a reload. */
export function ScanPanel({ unitId, unitName, onFinished }: { unitId: string; unitName: string; onFinished: () => void }) {
  const { t, i18n } = useTranslation(['duplicates']);
  const format = useFormatters();
  const latest = useQuery(DuplicateScanDocument, { variables: { orgUnitId: unitId }, fetchPolicy: 'network-only' });
  const [start, starting] = useMutation(ScanDuplicatesDocument);
  const [taskId, setTaskId] = useState<string | null>(null);
  const last = latest.data?.duplicateScan ?? null;
  const following = taskId ?? (last && (last.status === 'queued' || last.status === 'running') ? last.id : null);
  const { task, finished } = useBackgroundTask(following);

  useEffect(() => {
    if (finished && following) onFinished();
  }, [finished, following, onFinished]);

  async function handleStart() {
    const result = await start({ variables: { orgUnitId: unitId } }).catch(() => null);
    if (result?.data) setTaskId(result.data.scanDuplicates);
  }

  // While a new scan starts, the last one's result is no longer news.
  const shown = task ?? (starting.loading ? null : last);
  const result = (shown?.status === 'succeeded' ? shown.result : null) as ScanResult | null;
  const running = (following !== null && !finished) || starting.loading;

  return (
    <section className="scan card" aria-labelledby="scan-heading">
      <h2 id="scan-heading">{t('duplicates:scan.heading')}</h2>
      <button type="button" className="button button--primary" data-testid="scan-start" disabled={running} onClick={() => void handleStart()}>
        {starting.loading ? t('duplicates:scan.starting') : t('duplicates:scan.start', { unit: unitName })}
      </button>
      {following && <TaskProgress task={task} label={t('duplicates:scan.progress', { unit: unitName })} />}
      {starting.error && <p className="alert" role="alert">{errorMessage(starting.error, i18n)}</p>}
      {!running && shown?.status === 'failed' && <p className="alert" role="alert">{t('duplicates:scan.failed')}</p>}
      {!running && result && (
        <p className="scan__result" data-testid="scan-result" role="status">
          {t('duplicates:scan.found', {
            count: result.pairs ?? 0,
            formatted: format.number(result.pairs ?? 0),
            newFormatted: format.number(result.newPairs ?? 0),
          })}
        </p>
      )}
      {!running && (
        <p className="muted">
          {shown?.finishedAt ? t('duplicates:scan.last', { date: format.dateTime(shown.finishedAt) }) : last ? null : t('duplicates:scan.never')}
        </p>
      )}
    </section>
  );
}
