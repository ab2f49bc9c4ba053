import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Tags as removable chips, added by typing and pressing Enter (or the button). */
export function TagListInput({
  label,
  tags,
  onChange,
  error,
  testId,
}: {
  label: string;
  tags: readonly string[];
  onChange: (next: string[]) => void;
  error?: string;
  testId: string;
}) {
  const { t } = useTranslation(['groups']);
  const id = useId();
  const [text, setText] = useState('');

  function add() {
    const tag = text.trim().replace(/\s+/g, ' ');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setText('');
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  }

  return (
    <div className="field" data-testid={testId}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {tags.length > 0 && (
        <ul className="chips">
          {tags.map((tag) => (
            <li key={tag} className="chip">
              {tag}
              <button type="button" className="chip__remove" aria-label={t('groups:filter.removeTag', { tag })} onClick={() => onChange(tags.filter((x) => x !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-input">
        <input
          id={id}
          className="input"
          value={text}
          autoComplete="off"
          enterKeyHint="done"
          placeholder={t('groups:filter.tagInput')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-testid={`${testId}-input`}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={handleKeyDown}
          onBlur={() => text.trim() && add()}
        />
        <button type="button" className="button button--secondary" onClick={add} data-testid={`${testId}-add`}>
          {t('groups:filter.tagAdd')}
        </button>
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
