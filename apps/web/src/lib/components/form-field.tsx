import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/** What the control inside a field needs: its id (the label's target) and its ARIA wiring. */
export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

interface FieldShellProps {
  /** The control's id; made up when the caller needs none of its own. */
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  /** Read the error out when it appears: it comes without the user moving to it (e.g. after an upload). */
  announce?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** Label, hint and error around one control, wired for screen readers. */
export function FieldShell({ id: given, label, hint, error, announce, children }: FieldShellProps) {
  const generated = useId();
  const id = given ?? generated;
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
      {children({ id, ...(error ? { 'aria-invalid': true } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {error && (
        <p className="field__error" id={`${id}-error`} role={announce ? 'alert' : undefined}>
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
      {(control) => <input className="input" value={value} data-testid={testId} onChange={(event) => onValue(event.target.value)} {...control} {...input} />}
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
      {(control) => (
        <select className="input" value={value} data-testid={testId} onChange={(event) => onValue(event.target.value as V)} {...control}>
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
