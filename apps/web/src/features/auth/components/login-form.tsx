import { isValidEmail } from '@hromada/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrors } from '../../../lib/errors';
import { useSignIn } from '../hooks/use-sign-in';

type Field = 'email' | 'password';
const FIELDS: readonly Field[] = ['email', 'password'];
const CLIENT_ERROR = { email: 'errors:emailInvalid', password: 'errors:passwordRequired' } as const;

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t, i18n } = useTranslation(['auth', 'errors', 'common']);
  const { signIn, loading } = useSignIn();
  const id = useId();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [invalid, setInvalid] = useState<Partial<Record<Field, true>>>({});
  const [serverError, setServerError] = useState<unknown>(null);

  // Translated on every render, so switching the language re-translates the messages.
  const server = serverError ? formErrors(serverError, i18n, FIELDS) : { fields: {}, general: [] };
  const fieldError = (field: Field): string | undefined =>
    invalid[field] ? t(CLIENT_ERROR[field]) : server.fields[field];

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmedEmail = email.trim();
    const problems: Partial<Record<Field, true>> = {};
    if (!isValidEmail(trimmedEmail)) problems.email = true;
    if (password === '') problems.password = true;
    setInvalid(problems);
    setServerError(null);
    if (problems.email) return emailRef.current?.focus();
    if (problems.password) return passwordRef.current?.focus();
    try {
      await signIn(trimmedEmail, password);
      onSignedIn();
    } catch (error) {
      setServerError(error);
    }
  }

  const emailError = fieldError('email');
  const passwordError = fieldError('password');

  return (
    <form className="form login-form" noValidate onSubmit={handleSubmit} aria-busy={loading}>
      {server.general.length > 0 && (
        <div className="alert alert--error" role="alert" data-testid="login-error">
          {server.general.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}

      <div className="field">
        <label className="field__label" htmlFor={`${id}-email`}>
          {t('auth:email')}
        </label>
        <p className="field__hint" id={`${id}-email-hint`}>
          {t('auth:emailHint')}
        </p>
        <input
          ref={emailRef}
          id={`${id}-email`}
          className="input"
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          data-testid="login-email"
          value={email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={`${id}-email-hint${emailError ? ` ${id}-email-error` : ''}`}
          onChange={(event) => {
            setEmail(event.target.value);
            setInvalid(({ email: _email, ...rest }) => rest);
          }}
        />
        {emailError && (
          <p className="field__error" id={`${id}-email-error`}>
            {emailError}
          </p>
        )}
      </div>

      <div className="field">
        <label className="field__label" htmlFor={`${id}-password`}>
          {t('auth:password')}
        </label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          className="input"
          type={showPassword ? 'text' : 'password'}
          name="password"
          autoComplete="current-password"
          data-testid="login-password"
          value={password}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? `${id}-password-error` : undefined}
          onChange={(event) => {
            setPassword(event.target.value);
            setInvalid(({ password: _password, ...rest }) => rest);
          }}
        />
        {passwordError && (
          <p className="field__error" id={`${id}-password-error`}>
            {passwordError}
          </p>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
          {t('auth:showPassword')}
        </label>
      </div>

      <button type="submit" className="button button--primary button--wide" data-testid="login-submit" disabled={loading}>
        {loading ? t('auth:submitting') : t('auth:submit')}
      </button>
    </form>
  );
}
