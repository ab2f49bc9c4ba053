import { useId, type ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A labelled control with its hint and error, wired for screen readers. */
export function FormField({ label, hint, error, children }: { label: string; hint?: string; error?: string; children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
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
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Messages not tied to a field, e.g. "someone else changed this record". */
export function FormAlert({ messages, action }: { messages: string[]; action?: ReactNode }) {
  if (messages.length === 0) return null;
  return (
    <div className="alert" role="alert" data-testid="membership-form-error">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
      {action}
    </div>
  );
}
