import { useEffect, useRef } from 'react';

interface ListFieldProps {
  id: string;
  legend: string;
  hint?: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** Problems by row, as the API names them (`phones.1` is row 1). */
  errors: readonly (string | undefined)[];
  /** A problem with the list as a whole (too many). */
  groupError?: string;
  max: number;
  type: 'tel' | 'email';
  rowLabel: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  testId: string;
}

/** Several phones or e-mails: one input per row, add and remove; always at least one row. */
export function ListField({ id, legend, hint, values, onChange, errors, groupError, max, type, rowLabel, addLabel, removeLabel, testId }: ListFieldProps) {
  const rows = values.length > 0 ? values : [''];
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const grew = useRef(false);

  useEffect(() => {
    // Focus the row just added, not on every render.
    if (grew.current) inputs.current[rows.length - 1]?.focus();
    grew.current = false;
  }, [rows.length]);

  const set = (index: number, value: string) => onChange(rows.map((old, i) => (i === index ? value : old)));
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));

  return (
    <fieldset className="list-field" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {rows.map((value, index) => {
        const rowId = `${id}-${index}`;
        const error = errors[index];
        return (
          <div className="list-field__row" key={index}>
            <label className="visually-hidden" htmlFor={rowId}>
              {rowLabel(index + 1)}
            </label>
            <div className="list-field__controls">
              <input
                ref={(element) => {
                  inputs.current[index] = element;
                }}
                id={rowId}
                className="input"
                type={type}
                inputMode={type}
                autoComplete={type === 'tel' ? 'tel' : 'email'}
                spellCheck={false}
                value={value}
                data-testid={`${testId}-input`}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${rowId}-error` : undefined}
                onChange={(event) => set(index, event.target.value)}
              />
              {(rows.length > 1 || value !== '') && (
                <button type="button" className="button button--secondary list-field__remove" data-testid={`${testId}-remove`} onClick={() => remove(index)}>
                  <span aria-hidden="true">×</span>
                  <span className="visually-hidden">{removeLabel(index + 1)}</span>
                </button>
              )}
            </div>
            {error && (
              <p className="field__error" id={`${rowId}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
      {groupError && <p className="field__error">{groupError}</p>}
      {rows.length < max && (
        <button
          type="button"
          className="button button--secondary button--small list-field__add"
          data-testid={`${testId}-add`}
          onClick={() => {
            grew.current = true;
            onChange([...rows, '']);
          }}
        >
          + {addLabel}
        </button>
      )}
    </fieldset>
  );
}
