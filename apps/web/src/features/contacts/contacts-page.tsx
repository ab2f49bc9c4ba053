import { useQuery } from '@apollo/client/react';
import { MIN_SEARCH_LENGTH, parseContactSearch } from '@hromada/shared';
import type { ComponentType } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ContactsPermissionsDocument } from '../../gql/graphql';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ContactsResults } from './components/contacts-results';
import { ContactsSearch } from './components/contacts-search';
import { UnitFilter } from './components/unit-filter';
import './contacts.css';

interface SearchState {
  searchBox?: string;
}

/** What the list's actions (from another feature, composed by the app) act on: the whole current result. */
export interface ContactListActionsProps {
  search: string | null;
  orgUnitId: string | null;
}

/** The list of contacts in the viewer's scope. `?q=` and `?unit=` live in the URL. */
export function ContactsPage({ listActions }: { listActions?: ComponentType<ContactListActionsProps> }) {
  const { t } = useTranslation(['contacts']);
  useDocumentTitle(t('contacts:title'));
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const { data: permissions } = useQuery(ContactsPermissionsDocument);

  const q = params.get('q') ?? '';
  const unitId = params.get('unit') || null;
  const trimmed = q.trim();
  const tooShort = trimmed !== '' && parseContactSearch(trimmed) === null;
  const search = trimmed === '' || tooShort ? null : trimmed;

  // Typing replaces the history entry and keeps the box mounted; any other navigation
  // (back, forward, a link) gets a new key, so the box shows the address's text again.
  const searchBoxKey = (location.state as SearchState | null)?.searchBox ?? location.key;

  function handleSearch(text: string) {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (text.trim()) next.set('q', text);
        else next.delete('q');
        return next;
      },
      { replace: true, state: { searchBox: searchBoxKey } satisfies SearchState },
    );
  }

  function clearUnit() {
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.delete('unit');
      return next;
    });
  }

  return (
    <>
      <div className="record-header">
        <h1>{t('contacts:title')}</h1>
        {permissions?.me?.canAddContacts && (
          <Link to="/contacts/new" className="button button--primary" data-testid="contacts-new">
            {t('contacts:new.button')}
          </Link>
        )}
      </div>
      <div className="toolbar">
        <ContactsSearch key={searchBoxKey} initialValue={q} onSearch={handleSearch} />
        {unitId && <UnitFilter unitId={unitId} onClear={clearUnit} />}
      </div>
      {tooShort ? (
        <p className="hint" data-testid="contacts-search-hint" role="status">
          {t('contacts:searchHint', { count: MIN_SEARCH_LENGTH })}
        </p>
      ) : (
        <ContactsResults key={`${search ?? ''}\u0000${unitId ?? ''}`} search={search} orgUnitId={unitId} actions={listActions} />
      )}
    </>
  );
}
