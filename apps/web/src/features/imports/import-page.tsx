import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TaskProgress } from '../../lib/components/task-progress';
import { ErrorState, LoadingState, NotFoundState } from '../../lib/components/query-status';
import { translateError } from '../../lib/errors';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ImportedContacts } from './components/imported-contacts';
import { ImportFileFacts } from './components/import-file-facts';
import { ImportResults } from './components/import-results';
import { draftOf, ImportSetup, isDirty } from './components/import-setup';
import { isRunning, useContactImport, type ContactImport } from './hooks/use-contact-import';
import { useImportActions, type ImportDraft } from './hooks/use-import-actions';
import './imports.css';

/** One import, step by step: map the columns, set the options, check, import, read the outcome. */
export function ImportPage() {
  const { t } = useTranslation(['imports', 'errors']);
  const { id = '' } = useParams();
  // The last run started here: its progress bar stays, showing "finished", once it is done.
  const [started, setStarted] = useState<'check' | 'import' | null>(null);
  const { contactImport, loaded, error, refetch, task } = useContactImport(id, started !== null);
  useDocumentTitle(contactImport?.fileName ?? t('imports:title'));
  const back = (
    <p>
      <Link to="/imports" className="back-link">
        {t('imports:file.backToList')}
      </Link>
    </p>
  );
  if (contactImport) {
    return (
      <>
        {back}
        <ImportSteps key={contactImport.id} contactImport={contactImport} task={task} started={started} onStart={setStarted} />
      </>
    );
  }
  if (loaded) {
    return (
      <>
        {back}
        <NotFoundState title={t('imports:title')}>
          <p>{t('errors:notFound')}</p>
        </NotFoundState>
      </>
    );
  }
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return <LoadingState />;
}

interface ImportStepsProps {
  contactImport: ContactImport;
  task: ReturnType<typeof useContactImport>['task'];
  started: 'check' | 'import' | null;
  onStart(run: 'check' | 'import'): void;
}

function ImportSteps({ contactImport, task, started, onStart }: ImportStepsProps) {
  const { t, i18n } = useTranslation(['imports']);
  const [draft, setDraft] = useState<ImportDraft>(() => draftOf(contactImport));
  const actions = useImportActions(contactImport.id);
  const running = isRunning(contactImport);
  const imported = contactImport.status === 'IMPORTED';
  const dirty = isDirty(draft, contactImport);
  const checked = contactImport.status === 'CHECKED' && contactImport.dryRun === true && !dirty;
  const blocked = checked && contactImport.errorMode === 'ALL_OR_NOTHING' && (contactImport.counts?.errors ?? 0) > 0;
  const failure = contactImport.errorKey
    ? translateError({ code: null, i18nKey: contactImport.errorKey, params: contactImport.errorParams ?? {}, field: null }, i18n)
    : null;

  return (
    <>
      <header className="page-header">
        <p className="page-header__kicker">{t('imports:title')}</p>
        <h1 data-testid="import-file-name">{contactImport.fileName}</h1>
        <ImportFileFacts contactImport={contactImport} />
      </header>

      {!imported && (
        <ImportSetup contactImport={contactImport} draft={draft} disabled={running || actions.pending} error={actions.error} onChange={setDraft} />
      )}

      {(running || (task && started)) && (
        <TaskProgress
          task={task}
          label={contactImport.status === 'CHECKING' || (!running && started === 'check') ? t('imports:progress.checking') : t('imports:progress.importing')}
        />
      )}

      {failure && !running && (
        <div className="alert" role="alert" data-testid="import-failure">
          <p>{failure}</p>
        </div>
      )}

      {!imported && !running && (
        <p className="import-actions">
          <button
            type="button"
            className="button"
            data-testid="import-check"
            disabled={actions.pending}
            onClick={() => {
              onStart('check');
              void actions.check(draft);
            }}
          >
            {actions.pending ? t('imports:actions.starting') : t('imports:actions.check')}
          </button>
        </p>
      )}

      {!running && contactImport.counts && !dirty && (
        <section aria-labelledby="results-title" data-testid="import-results">
          <h2 id="results-title">
            {imported ? t('imports:results.importTitle') : contactImport.dryRun ? t('imports:results.checkTitle') : t('imports:results.failedTitle')}
          </h2>
          {contactImport.dryRun && <p className="lead">{t('imports:results.checkIntro')}</p>}
          <ImportResults contactImport={contactImport} />
        </section>
      )}

      {checked && !running && (
        <section aria-labelledby="go-title">
          <h2 id="go-title">{t('imports:results.goOn')}</h2>
          {blocked && <p className="hint">{t('imports:results.blocked')}</p>}
          <button
            type="button"
            className="button button--primary"
            data-testid="import-start"
            disabled={blocked || actions.pending}
            onClick={() => {
              onStart('import');
              void actions.startImport();
            }}
          >
            {t('imports:actions.import')}
          </button>
        </section>
      )}

      {imported && (
        <section aria-labelledby="imported-title" className="import-imported">
          <h2 id="imported-title">{t('imports:imported.title')}</h2>
          <p className="lead">{t('imports:imported.intro')}</p>
          <ImportedContacts importId={contactImport.id} outcome="CREATED" />
          <ImportedContacts importId={contactImport.id} outcome="UPDATED" />
          <p className="import-actions">
            <Link to="/imports" className="button">
              {t('imports:actions.another')}
            </Link>
          </p>
        </section>
      )}
    </>
  );
}
