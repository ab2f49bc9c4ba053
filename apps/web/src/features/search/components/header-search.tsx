import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useHeaderSearch } from '../hooks/use-header-search';
import { useSlashShortcut } from '../hooks/use-slash-shortcut';
import { contactsListHref, searchOptions } from '../search-options';
import { SearchIcon } from './search-icon';
import { SearchPopup } from './search-popup';
import '../search.css';

/**
 * The header search box: a WAI-ARIA 1.2 combobox with a listbox popup. On phones the field
 * hides behind an icon button and opens as a full-width bar under the header.
 */
export function HeaderSearch() {
  const { t } = useTranslation(['search']);
  const navigate = useNavigate();
  const baseId = useId();
  const fieldId = `${baseId}-field`;
  const inputId = `${baseId}-input`;
  const listboxId = `${baseId}-listbox`;
  const optionId = (key: string) => `${listboxId}-${key}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [fieldOpen, setFieldOpen] = useState(false);

  const search = useHeaderSearch(text);
  const options = searchOptions(search.contacts, text);
  const visible = open && text.trim() !== '';
  const expanded = visible && options.length > 0;
  const activeIndex = expanded ? options.findIndex((option) => option.key === activeKey) : -1;
  const active = activeIndex >= 0 ? options[activeIndex] : null;

  function showField() {
    // The field is hidden on phones until opened: render it before focusing it.
    flushSync(() => setFieldOpen(true));
    inputRef.current?.focus();
  }

  function close() {
    setOpen(false);
    setActiveKey(null);
  }

  function foldField() {
    close();
    setFieldOpen(false);
    toggleRef.current?.focus();
  }

  function go(href: string) {
    close();
    setText('');
    setFieldOpen(false);
    inputRef.current?.blur();
    void navigate(href);
  }

  useSlashShortcut(showField);

  function handleChange(next: string) {
    setText(next);
    setOpen(true);
    setActiveKey(null);
  }

  function move(step: 1 | -1) {
    setOpen(true);
    if (options.length === 0) return;
    const from = activeIndex === -1 ? (step === 1 ? -1 : options.length) : activeIndex;
    setActiveKey(options[(from + step + options.length) % options.length].key);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      if (active) go(active.href);
      else if (text.trim()) go(contactsListHref(text));
      event.preventDefault();
    } else if (event.key === 'Escape') {
      // First Escape closes the popup, the next clears the text, the last folds the phone field.
      if (visible) close();
      else if (text) setText('');
      else if (fieldOpen) foldField();
      else return;
      event.preventDefault();
      event.stopPropagation();
    }
  }

  function handleBlur(event: FocusEvent<HTMLDivElement>) {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    close();
    setFieldOpen(false);
  }

  return (
    <div className="header-search" onBlur={handleBlur}>
      <button
        ref={toggleRef}
        type="button"
        className="header-search__toggle"
        data-testid="header-search-toggle"
        aria-label={t('search:label')}
        aria-expanded={fieldOpen}
        aria-controls={fieldId}
        // Keeps focus where it is, so the field is not closed by the blur before the click toggles it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (fieldOpen ? foldField() : showField())}
      >
        <SearchIcon />
      </button>
      <div id={fieldId} role="search" aria-label={t('search:label')} className={`header-search__field${fieldOpen ? ' is-open' : ''}`}>
        <label htmlFor={inputId} className="visually-hidden">
          {t('search:label')}
        </label>
        <SearchIcon />
        <input
          ref={inputRef}
          id={inputId}
          className="header-search__input"
          type="text"
          inputMode="search"
          enterKeyHint="search"
          autoComplete="off"
          spellCheck={false}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={active ? optionId(active.key) : undefined}
          aria-keyshortcuts="/"
          placeholder={t('search:placeholder')}
          data-testid="header-search-input"
          value={text}
          onChange={(event) => handleChange(event.target.value)}
          onKeyDown={handleKeyDown}
          onClick={() => setOpen(true)}
        />
        <kbd className="header-search__shortcut" aria-hidden="true">
          /
        </kbd>
        <SearchPopup
          listboxId={listboxId}
          visible={visible}
          text={text}
          search={search}
          options={options}
          activeKey={active?.key ?? null}
          optionId={optionId}
          onSelect={(option) => go(option.href)}
        />
      </div>
    </div>
  );
}
