import { MIN_SEARCH_LENGTH } from '@hromada/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/errors';
import type { HeaderSearchState } from '../hooks/use-header-search';
import type { SearchOption } from '../search-options';
import { ContactGroup } from './contact-group';

interface SearchPopupProps {
  listboxId: string;
  visible: boolean;
  text: string;
  search: HeaderSearchState;
  options: readonly SearchOption[];
  activeKey: string | null;
  optionId: (key: string) => string;
  onSelect: (option: SearchOption) => void;
}

/** What the box has to say (hint, loading, nothing found, error) and the listbox of results. */
export function SearchPopup({ listboxId, visible, text, search, options, activeKey, optionId, onSelect }: SearchPopupProps) {
  const { t, i18n } = useTranslation(['search']);
  const { tooShort, pending, contacts, error } = search;
  const contactOptions = options.filter((option) => option.kind === 'contact');
  const showAll = options.find((option) => option.kind === 'all');

  let status: ReactNode = null;
  let statusClass = 'header-search__status';
  if (tooShort) status = t('search:hint', { count: MIN_SEARCH_LENGTH });
  else if (pending) {
    status = (
      <>
        <span className="spinner" aria-hidden="true" />
        {t('search:loading')}
      </>
    );
  } else if (error) {
    status = errorMessage(error, i18n);
    statusClass += ' header-search__status--error';
  } else if (contacts && contacts.items.length === 0) status = t('search:noResults', { query: text.trim() });
  else if (contacts) {
    // Sighted users see the list; screen readers hear how many options there are.
    status = t('search:shown', { count: options.length });
    statusClass = 'visually-hidden';
  }

  return (
    <div
      className="header-search__popup"
      hidden={!visible}
      // Keeps focus in the input while the popup is clicked, so the box does not close before the click lands.
      onMouseDown={(event) => event.preventDefault()}
    >
      <p className={statusClass} role="status" data-testid="header-search-status">
        {status}
      </p>
      <div
        role="listbox"
        id={listboxId}
        aria-label={t('search:label')}
        className="header-search__listbox"
        hidden={options.length === 0}
      >
        {contacts && contactOptions.length > 0 && (
          <ContactGroup
            group={contacts}
            options={contactOptions}
            headingId={`${listboxId}-contacts`}
            activeKey={activeKey}
            optionId={optionId}
            onSelect={onSelect}
          />
        )}
        {showAll && (
          <div
            id={optionId(showAll.key)}
            role="option"
            aria-selected={showAll.key === activeKey}
            className="header-search__option header-search__option--all"
            data-testid="header-search-show-all"
            onClick={() => onSelect(showAll)}
          >
            {t('search:showAll')}
          </div>
        )}
      </div>
    </div>
  );
}
