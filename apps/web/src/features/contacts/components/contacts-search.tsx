import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The search box keeps what is typed locally and reports it after a pause, so each
 * keystroke does not hit the server. Re-mount it (with a new key) to show a new value.
 */
export function ContactsSearch({ initialValue, onSearch }: { initialValue: string; onSearch: (text: string) => void }) {
  const { t } = useTranslation(['contacts']);
  const id = useId();
  const [text, setText] = useState(initialValue);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  function handleChange(next: string) {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSearch(next), SEARCH_DEBOUNCE_MS);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearTimeout(timer.current);
    onSearch(text);
  }

  return (
    <form role="search" className="search" onSubmit={handleSubmit}>
      <label htmlFor={`${id}-q`} className="field__label">
        {t('contacts:searchLabel')}
      </label>
      <input
        id={`${id}-q`}
        className="input search__input"
        type="search"
        name="q"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={t('contacts:searchPlaceholder')}
        data-testid="contacts-search"
        value={text}
        onChange={(event) => handleChange(event.target.value)}
      />
    </form>
  );
}
