import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PossibleDuplicateFragment } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';

interface DuplicateWarningProps {
  duplicates: readonly PossibleDuplicateFragment[];
  proceedLabel: string;
  onProceed: () => void;
  onBack: () => void;
  /** Called before a link is followed: keep the form so Back returns to it. */
  onOpen: () => void;
  busy: boolean;
}

/** Contacts in the viewer's scope that share a phone or e-mail with the one being saved. */
export function DuplicateWarning({ duplicates, proceedLabel, onProceed, onBack, onOpen, busy }: DuplicateWarningProps) {
  const { t } = useTranslation(['contacts']);
  const format = useFormatters();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);

  return (
    <section ref={ref} tabIndex={-1} className="alert alert--warning" role="alert" aria-labelledby="duplicates-title" data-testid="duplicate-warning">
      <h2 id="duplicates-title" className="alert__title">
        {t('contacts:duplicates.title')}
      </h2>
      <p>{t('contacts:duplicates.text', { count: duplicates.length })}</p>
      <ul className="duplicate-list">
        {duplicates.map((duplicate) => (
          <li key={duplicate.id}>
            <Link to={`/contacts/${duplicate.id}`} data-testid="duplicate-link" onClick={onOpen}>
              {duplicate.displayName}
            </Link>
            <span className="duplicate-list__meta">
              {[...duplicate.phones.map(format.phone), ...duplicate.emails, format.name(duplicate.orgUnit)].join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button button--primary" data-testid="duplicate-proceed" disabled={busy} onClick={onProceed}>
          {proceedLabel}
        </button>
        <button type="button" className="button button--secondary" data-testid="duplicate-back" onClick={onBack}>
          {t('contacts:duplicates.back')}
        </button>
      </div>
    </section>
  );
}
