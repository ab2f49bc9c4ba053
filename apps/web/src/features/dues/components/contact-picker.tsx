import { useQuery } from '@apollo/client/react';
import { MIN_SEARCH_LENGTH } from '@hromada/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactCandidatesDocument } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useFormatters } from '../../../lib/use-formatters';

/** Finds a contact in scope by name, phone or e-mail, for a statement row nobody was matched to. */
export function ContactPicker({ onPick, onCancel }: { onPick: (contact: { id: string; displayName: string }) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation(['dues']);
  const format = useFormatters();
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim());
  // Not cached: a short list must not stand in for the contacts list's page of the same search.
  const { data, loading, error } = useQuery(ContactCandidatesDocument, { variables: { search }, skip: search.length < MIN_SEARCH_LENGTH, fetchPolicy: 'no-cache' });
  const found = search.length >= MIN_SEARCH_LENGTH ? (data?.contacts.edges ?? []) : [];
  return (
    <div className="contact-picker">
      <label className="field__label" htmlFor={`${id}-search`}>
        {t('dues:import.findContact')}
      </label>
      <input id={`${id}-search`} className="input" type="search" data-testid="dues-picker-search" value={text} onChange={(e) => setText(e.target.value)} autoFocus />
      {loading && <p className="muted">{t('dues:list.loading')}</p>}
      {error && (
        <p className="alert" role="alert">
          {errorMessage(error, i18n)}
        </p>
      )}
      {found.length > 0 && (
        <ul className="contact-picker__results">
          {found.map(({ node }) => (
            <li key={node.id}>
              <button type="button" className="button button--secondary button--small contact-picker__choice" data-testid="dues-picker-choice" onClick={() => onPick(node)}>
                <span>{node.displayName}</span>
                <span className="muted">{[node.phone, format.name(node.orgUnit)].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {search.length >= MIN_SEARCH_LENGTH && data && found.length === 0 && <p className="muted">{t('dues:import.nobodyFound')}</p>}
      <button type="button" className="button button--secondary button--small" onClick={onCancel}>
        {t('dues:form.cancel')}
      </button>
    </div>
  );
}
