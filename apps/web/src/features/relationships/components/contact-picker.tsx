import { useQuery } from '@apollo/client/react';
import { MIN_SEARCH_LENGTH, parseContactSearch } from '@hromada/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactCandidatesDocument } from '../../../gql/graphql';
import { LoadingState } from '../../../lib/components/query-status';
import { errorMessage } from '../../../lib/errors';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useFormatters } from '../../../lib/use-formatters';

export interface PickedContact {
  id: string;
  displayName: string;
}

interface ContactPickerProps {
  id: string;
  /** The contact whose page this is: never offered. */
  exceptId: string;
  value: PickedContact | null;
  onChange: (contact: PickedContact | null) => void;
  error?: string;
}

/** Finds a contact in the viewer's scope by name, phone or e-mail (the contacts search) and picks one. */
export function ContactPicker({ id, exceptId, value, onChange, error }: ContactPickerProps) {
  const { t, i18n } = useTranslation(['relationships']);
  const format = useFormatters();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim());
  const searchable = parseContactSearch(search) !== null;
  // Not cached: a short list must not stand in for the contacts list's page of the same search.
  const { data, error: searchError } = useQuery(ContactCandidatesDocument, { variables: { search }, skip: !searchable, fetchPolicy: 'no-cache' });
  const candidates = (data?.contacts.edges ?? []).map((edge) => edge.node).filter((contact) => contact.id !== exceptId);

  if (value) {
    return (
      <div className="field picked-contact">
        <p className="field__label">{t('relationships:add.contact')}</p>
        <p data-testid="relationship-picked">{t('relationships:add.chosen', { name: value.displayName })}</p>
        <button type="button" id={id} className="button button--secondary button--small" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onClick={() => onChange(null)}>
          {t('relationships:add.change')}
        </button>
        {error && (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('relationships:add.contact')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('relationships:add.searchHint', { count: MIN_SEARCH_LENGTH })}
      </p>
      <input
        id={id}
        className="input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('relationships:add.search')}
        value={text}
        data-testid="relationship-search"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(event) => setText(event.target.value)}
      />
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {searchable && !data && !searchError && <LoadingState />}
      {searchError && <p className="alert alert--error">{errorMessage(searchError, i18n)}</p>}
      {searchable && data && candidates.length === 0 && <p className="muted">{t('relationships:add.noResults')}</p>}
      {candidates.length > 0 && (
        <ul className="choice-list" data-testid="relationship-candidates">
          {candidates.map((contact) => (
            <li key={contact.id} className="choice-list__item">
              <span>
                <strong>{contact.displayName}</strong>
                <span className="muted"> · {[contact.phone ? format.phone(contact.phone) : null, format.name(contact.orgUnit)].filter(Boolean).join(' · ')}</span>
              </span>
              <button type="button" className="button button--secondary button--small" data-testid="relationship-choose" onClick={() => onChange({ id: contact.id, displayName: contact.displayName })}>
                {t('relationships:add.choose')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
