import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContactMergeSummaryFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useFormatters } from '../../../lib/use-formatters';
import { useUndoMerge } from '../hooks/use-undo-merge';

/** What a merge did, with the way back; after an undo, both records again. */
export function MergeOutcome({ merge, onChange }: { merge: ContactMergeSummaryFragment; onChange: (merge: ContactMergeSummaryFragment) => void }) {
  const { t, i18n } = useTranslation(['duplicates']);
  const format = useFormatters();
  const { undo, pending, error } = useUndoMerge();
  const survivorName = merge.survivor?.displayName ?? '';

  if (merge.undoneAt) {
    return (
      <section className="outcome card" data-testid="merge-undone" role="status">
        <p className="outcome__title">{t('duplicates:result.undone')}</p>
        <ul className="outcome__links">
          {merge.survivor && (
            <li>
              <Link to={`/contacts/${merge.survivor.id}`} data-testid="open-survivor">
                {t('duplicates:result.openSurvivor', { name: survivorName })}
              </Link>
            </li>
          )}
          <li>
            <Link to={`/contacts/${merge.mergedContactId}`} data-testid="open-restored">
              {t('duplicates:result.openRestored', { name: merge.mergedName })}
            </Link>
          </li>
        </ul>
      </section>
    );
  }

  async function handleUndo() {
    const undone = await undo(merge.id).catch(() => null);
    if (undone) onChange(undone);
  }

  return (
    <section className="outcome card" data-testid="merge-done" role="status">
      <p className="outcome__title">{t('duplicates:result.merged', { merged: merge.mergedName, survivor: survivorName })}</p>
      <p className="muted">{t('duplicates:result.moved', { count: merge.movedCount, formatted: format.number(merge.movedCount) })}</p>
      {merge.survivor && (
        <dl className="outcome__record" data-testid="merged-record">
          <dt>{t('duplicates:result.kept')}</dt>
          <dd>
            <strong>{merge.survivor.displayName}</strong> · {format.name(merge.survivor.orgUnit)}
          </dd>
          <dt>{t('duplicates:field.phones')}</dt>
          <dd>{merge.survivor.phones.join(', ') || t('duplicates:compare.empty')}</dd>
          <dt>{t('duplicates:field.emails')}</dt>
          <dd>{merge.survivor.emails.join(', ') || t('duplicates:compare.empty')}</dd>
        </dl>
      )}
      {error && (
        <p className="alert" role="alert">
          {errorMessage(error, i18n)}
        </p>
      )}
      <div className="outcome__actions">
        {merge.survivor && (
          <Link to={`/contacts/${merge.survivor.id}`} className="button" data-testid="open-survivor">
            {t('duplicates:result.open')}
          </Link>
        )}
        {!merge.undoBlockedBy && (
          <button type="button" className="button button--secondary" data-testid="merge-undo" disabled={pending} onClick={() => void handleUndo()}>
            {pending ? t('duplicates:result.undoing') : t('duplicates:result.undo')}
          </button>
        )}
      </div>
    </section>
  );
}
