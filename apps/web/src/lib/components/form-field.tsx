import type { InputHTMLAttributes, ReactNode } from 'react';

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (described: { 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

/** Label, hint and error around one control, wired for screen readers. */
export function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ ...(error ? { 'aria-invalid': true } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

interface TextFieldProps extends InputProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string;
  error?: string;
  testId?: string;
}

export function TextField({ id, label, value, onValue, hint, error, testId, ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <input id={id} className="input" value={value} data-testid={testId} onChange={(event) => onValue(event.target.value)} {...described} {...input} />
      )}
    </FieldShell>
  );
}

interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onValue: (value: V) => void;
  error?: string;
  testId?: string;
}

export function SelectField<V extends string>({ id, label, value, options, onValue, error, testId }: SelectFieldProps<V>) {
  return (
    <FieldShell id={id} label={label} error={error}>
      {(described) => (
        <select id={id} className="input" value={value} data-testid={testId} onChange={(event) => onValue(event.target.value as V)} {...described}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
