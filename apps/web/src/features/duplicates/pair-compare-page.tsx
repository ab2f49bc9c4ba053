import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  DismissDuplicatePairDocument, DuplicatePairDocument, MergeContactsDocument, type ContactMergeSummaryFragment,
} from '../../gql/graphql';
import { describeError, errorCodes, errorMessage, translateError } from '../../lib/errors';
import { ErrorState, LoadingState, NotFoundState } from '../../lib/components/query-status';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MergeCompare, type MergeRequest } from './components/merge-compare';
import { MergeOutcome } from './components/merge-outcome';
import { RuleBadges } from './components/rule-badges';
import { forgetMergedContacts, MERGE_REFETCH } from './hooks/use-undo-merge';
import './duplicates.css';

/** API field names as the compare page groups them. */
const FIELD_GROUPS: Record<string, string> = { addressRegion: 'address', addressSettlement: 'address', addressStreet: 'address' };

/** Field errors of a refused merge, by compare row; the rest as general messages. */
function mergeErrors(error: unknown, i18n: Parameters<typeof translateError>[1]) {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const descriptor of describeError(error)) {
    const message = translateError(descriptor, i18n);
    const base = descriptor.field?.split('.')[0];
    const row = base ? FIELD_GROUPS[base] ?? base : null;
    if (row && !fields[row]) fields[row] = message;
    else if (!row && !general.includes(message)) general.push(message);
  }
  return { fields, general };
}

/** Two records of a pair side by side; merge them choosing field by field, or dismiss the pair. */
export function PairComparePage() {
  const { t, i18n } = useTranslation(['duplicates', 'common']);
  useDocumentTitle(t('duplicates:compare.title'));
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const from = (location.state as { from?: unknown } | null)?.from;
  const backTo = typeof from === 'string' && from.startsWith('/duplicates') ? from : '/duplicates';
  const { data, error, refetch } = useQuery(DuplicatePairDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const [outcome, setOutcome] = useState<ContactMergeSummaryFragment | null>(null);
  const [merge, merging] = useMutation(MergeContactsDocument, {
    refetchQueries: MERGE_REFETCH,
    update: (cache, result) => forgetMergedContacts(cache, result.data?.mergeContacts),
  });
  const [dismiss, dismissing] = useMutation(DismissDuplicatePairDocument, { refetchQueries: ['DuplicatePairs'] });

  const back = (
    <p>
      <Link to={backTo} className="back-link">
        {t('duplicates:compare.back')}
      </Link>
    </p>
  );
  const pair = data?.duplicatePair;

  if (outcome) {
    return (
      <>
        {back}
        <h1>{t('duplicates:compare.title')}</h1>
        <MergeOutcome merge={outcome} onChange={setOutcome} />
      </>
    );
  }
  if (!data) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  if (!pair) {
    return (
      <>
        {back}
        <NotFoundState title={t('duplicates:compare.title')}>
          <p>{t('duplicates:compare.notFound')}</p>
        </NotFoundState>
      </>
    );
  }

  async function handleMerge(request: MergeRequest) {
    merging.reset();
    const result = await merge({
      variables: {
        survivorId: request.survivor.id,
        mergedId: request.merged.id,
        expectedVersions: { survivor: request.survivor.version, merged: request.merged.version },
        fieldChoices: request.fieldChoices,
      },
    }).catch(() => null);
    if (result?.data) setOutcome(result.data.mergeContacts);
  }

  async function handleDismiss() {
    const result = await dismiss({ variables: { id } }).catch(() => null);
    if (result?.data) {
      const notice = t('duplicates:pairs.dismissed', { a: pair!.contactA.displayName, b: pair!.contactB.displayName });
      void navigate(backTo, { state: { notice } });
    }
  }

  const conflict = merging.error ? errorCodes(merging.error).includes('CONFLICT') : false;
  const errors = merging.error && !conflict ? mergeErrors(merging.error, i18n) : { fields: {}, general: [] };
  const blocked = pair.status !== 'OPEN' ? t('duplicates:compare.resolved') : !pair.viewerCanMerge ? t('duplicates:compare.readOnly') : null;

  return (
    <>
      {back}
      <h1>{t('duplicates:compare.title')}</h1>
      <p className="lead">{t('duplicates:compare.intro')}</p>
      <div className="pair-meta">
        <RuleBadges rules={pair.rules} />
        <span className="pair-score">{t('duplicates:pairs.score', { score: pair.score })}</span>
      </div>
      {blocked && <p className="hint" role="status">{blocked}</p>}
      {conflict && (
        <div className="alert" role="alert" data-testid="merge-conflict">
          <p>{t('duplicates:compare.conflict')}</p>
          <button type="button" className="button button--small" onClick={() => { merging.reset(); void refetch(); }}>
            {t('duplicates:compare.reload')}
          </button>
        </div>
      )}
      {errors.general.map((message) => (
        <p key={message} className="alert" role="alert">{message}</p>
      ))}
      {dismissing.error && <p className="alert" role="alert">{errorMessage(dismissing.error, i18n)}</p>}
      {!blocked && (
        <MergeCompare
          key={`${pair.contactA.version}:${pair.contactB.version}`}
          a={pair.contactA}
          b={pair.contactB}
          pending={merging.loading}
          fieldErrors={errors.fields}
          onMerge={(request) => void handleMerge(request)}
          actions={
            <button type="button" className="button button--secondary" data-testid="pair-dismiss" disabled={dismissing.loading} onClick={() => void handleDismiss()}>
              {t('duplicates:pairs.dismiss')}
            </button>
          }
        />
      )}
    </>
  );
}
