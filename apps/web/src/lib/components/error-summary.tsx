import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The id of the control the message belongs to; none for general problems. */
  target?: string;
  text: string;
}

/**
 * The problems of a refused save, at the top of the form; each links to its field. `action`
 * is a way out shown with them (e.g. reloading a record someone else changed).
 */
export function ErrorSummary({ items, testId, action }: { items: readonly SummaryItem[]; testId?: string; action?: ReactNode }) {
  const { t } = useTranslation(['errors']);
  if (items.length === 0) return null;
  const fieldCount = items.filter((item) => item.target).length;
  return (
    <div className="alert alert--error error-summary" role="alert" data-testid={testId}>
      {fieldCount > 0 && <p className="error-summary__title">{t('errors:validationFailed', { count: fieldCount })}</p>}
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item.target ? <a href={`#${item.target}`}>{item.text}</a> : item.text}</li>
        ))}
      </ul>
      {action && <div className="error-summary__action">{action}</div>}
    </div>
  );
}

/**
 * After a refused save, moves focus to the first field marked invalid (or the form's top
 * when none is), so keyboard and screen reader users land on what to fix.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>, error: unknown): void {
  const seen = useRef<unknown>(null);
  useEffect(() => {
    if (!error || error === seen.current) return;
    seen.current = error;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? form.current?.querySelector<HTMLElement>('.error-summary'))?.focus();
  }, [form, error]);
}
