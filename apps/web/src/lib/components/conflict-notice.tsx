import { useTranslation } from 'react-i18next';

export interface UnsavedChange {
  label: string;
  value: string;
}

interface ConflictNoticeProps {
  /** False until the record has been reloaded with the other person's changes. */
  reloaded: boolean;
  reloading: boolean;
  changes: readonly UnsavedChange[];
  onReload: () => void;
  onRestore: () => void;
}

/**
 * A save refused because someone else saved first. Reload shows their version in the form;
 * what the user typed stays listed here, and can be put back before saving again.
 */
export function ConflictNotice({ reloaded, reloading, changes, onReload, onRestore }: ConflictNoticeProps) {
  const { t } = useTranslation(['common', 'errors']);
  return (
    <section className="alert alert--warning conflict-notice" role="alert" data-testid="conflict-notice">
      <h2 className="conflict-notice__title">{t('common:conflict.title')}</h2>
      <p>{reloaded ? t('common:conflict.reloaded') : t('errors:changedBySomeoneElse')}</p>
      {changes.length > 0 && (
        <>
          <p>{t('common:conflict.yourChanges')}</p>
          <dl className="conflict-notice__changes" data-testid="conflict-changes">
            {changes.map((change) => (
              <div key={change.label}>
                <dt>{change.label}</dt>
                <dd>{change.value || t('common:conflict.emptied')}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <div className="button-row">
        {reloaded ? (
          changes.length > 0 && (
            <button type="button" className="button button--primary" data-testid="conflict-restore" onClick={onRestore}>
              {t('common:conflict.restore')}
            </button>
          )
        ) : (
          <button type="button" className="button button--primary" data-testid="conflict-reload" disabled={reloading} onClick={onReload}>
            {reloading ? t('common:conflict.reloading') : t('common:conflict.reload')}
          </button>
        )}
      </div>
    </section>
  );
}
