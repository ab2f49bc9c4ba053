import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../lib/components/error-summary';

/**
 * A modal dialog: rendered while open, closed by its button or Escape. The native <dialog>
 * keeps focus inside and the page behind inert; where showModal is missing it opens in place.
 */
export function MembershipDialog({ title, onClose, children, testId }: { title: string; onClose: () => void; children: ReactNode; testId: string }) {
  const { t } = useTranslation(['membership']);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, []);

  return (
    <dialog
      ref={ref}
      className="membership-dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="membership-dialog__header">
        <h2 id={titleId} className="membership-dialog__title">
          {title}
        </h2>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          {t('membership:action.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}

/** A dialog's refused save: its messages, and Reload when someone else changed the record first. */
export function DialogErrors({ messages, onReload }: { messages: readonly string[]; onReload?: () => void }) {
  const { t } = useTranslation(['membership']);
  const reload = onReload && (
    <button type="button" className="button button--secondary button--small" onClick={onReload}>
      {t('membership:action.reload')}
    </button>
  );
  return <ErrorSummary items={messages.map((text) => ({ text }))} testId="membership-form-error" action={reload} />;
}
