import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface TagsFieldProps {
  id: string;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  errors: readonly string[];
}

/** Tags as removable chips; a new one is added on Enter, a comma, the Add button or leaving the box. */
export function TagsField({ id, tags, onChange, errors }: TagsFieldProps) {
  const { t } = useTranslation(['contacts']);
  const [text, setText] = useState('');

  function add(raw: string) {
    const fresh = raw.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '' && !tags.includes(tag));
    if (fresh.length > 0) onChange([...tags, ...new Set(fresh)]);
    setText('');
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(text);
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  }

  return (
    <fieldset className="list-field" aria-describedby={`${id}-hint`}>
      <legend className="field__label">{t('contacts:field.tags')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('contacts:form.tagsHint')}
      </p>
      {tags.length > 0 && (
        <ul className="tag-list" data-testid="tags-chips">
          {tags.map((tag) => (
            <li key={tag} className="badge tag-chip">
              {tag}
              <button type="button" className="tag-chip__remove" aria-label={t('contacts:form.removeTag', { tag })} onClick={() => onChange(tags.filter((x) => x !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="list-field__controls">
        <label className="visually-hidden" htmlFor={id}>
          {t('contacts:form.newTag')}
        </label>
        <input
          id={id}
          className="input"
          value={text}
          data-testid="tags-input"
          aria-invalid={errors.length > 0 ? true : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={handleKeyDown}
          onBlur={() => add(text)}
        />
        <button type="button" className="button button--secondary" onClick={() => add(text)}>
          {t('contacts:form.addTag')}
        </button>
      </div>
      {errors.map((error) => (
        <p key={error} className="field__error">
          {error}
        </p>
      ))}
    </fieldset>
  );
}
