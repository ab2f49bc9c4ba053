import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../errors';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation(['common']);
  return (
    <p className="status status--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common:status.loading')}
    </p>
  );
}

/** A failed request: the localized reason and, when it can help, a retry button. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation(['common', 'errors']);
  return (
    <div className="status status--error" role="alert">
      <h2 className="status__title">{t('common:status.errorTitle')}</h2>
      <p>{errorMessage(error, i18n)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common:status.retry')}
        </button>
      )}
    </div>
  );
}

export function NotFoundState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section className="status status--not-found" data-testid="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="status__title">
        {title}
      </h1>
      {children}
    </section>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="status status--empty">{children}</p>;
}
