import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../lib/components/query-status';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormatters } from '../../lib/use-formatters';
import { PairList } from './components/pair-list';
import { RecentMerges } from './components/recent-merges';
import { ScanPanel } from './components/scan-panel';
import { UnitPicker } from './components/unit-picker';
import { useDuplicatesAccess } from './hooks/use-duplicates-access';
import { MERGE_REFETCH } from './hooks/use-undo-merge';
import './duplicates.css';

/** Duplicates of one of the viewer's units (`?unit=`): scan, review the pairs, see and undo merges. */
export function DuplicatesPage() {
  const { t } = useTranslation(['duplicates']);
  useDocumentTitle(t('duplicates:title'));
  const format = useFormatters();
  const client = useApolloClient();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const { units, loaded, error, refetch } = useDuplicatesAccess();
  const notice = (location.state as { notice?: unknown } | null)?.notice;
  const unit = units.find((u) => u.id === params.get('unit')) ?? units[0] ?? null;
  const refresh = useCallback(() => void client.refetchQueries({ include: MERGE_REFETCH }), [client]);

  let body;
  if (!loaded) body = error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  else if (!unit) body = <EmptyState>{t('duplicates:noAccess')}</EmptyState>;
  else {
    body = (
      <>
        {units.length > 1 && <UnitPicker units={units} value={unit.id} onChange={(id) => setParams({ unit: id })} />}
        <ScanPanel key={`scan:${unit.id}`} unitId={unit.id} unitName={format.name(unit)} onFinished={refresh} />
        <PairList key={`pairs:${unit.id}`} unitId={unit.id} />
        <RecentMerges key={`merges:${unit.id}`} unitId={unit.id} />
      </>
    );
  }

  return (
    <>
      <h1>{t('duplicates:title')}</h1>
      <p className="lead">{t('duplicates:intro')}</p>
      {typeof notice === 'string' && <p className="hint" role="status" data-testid="duplicates-notice">{notice}</p>}
      {body}
    </>
  );
}
