import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeError, errorMessage, formErrors, isUnauthenticated } from './errors';
import { createI18n } from './i18n';

const en = createI18n('en');
const uk = createI18n('uk');

function gqlError(...errors: GraphQLFormattedError[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

function apiError(code: string, i18nKey?: string, params?: Record<string, unknown>, field?: string) {
  return gqlError({ message: 'server text', extensions: { code, i18nKey, params, field } });
}

function serverError(status: number, body: string) {
  return new ServerError('Response not successful', { response: new Response(body, { status }), bodyText: body });
}

describe('errorMessage', () => {
  it('translates the i18n key the API sends', () => {
    const error = apiError('BAD_USER_INPUT', 'errors:invalidCredentials');
    expect(errorMessage(error, en)).toBe('The e-mail or password is wrong. Check them and try again.');
    expect(errorMessage(error, uk)).toBe('Неправильна електронна пошта або пароль. Перевірте їх і спробуйте ще раз.');
  });

  it('fills in params, with the right plural form', () => {
    const throttled = (minutes: number) => apiError('TOO_MANY_REQUESTS', 'errors:loginThrottled', { minutes });
    expect(errorMessage(throttled(1), en)).toBe('Too many sign-in attempts. Please try again in 1 minute.');
    expect(errorMessage(throttled(15), en)).toBe('Too many sign-in attempts. Please try again in 15 minutes.');
    expect(errorMessage(throttled(2), uk)).toBe('Забагато спроб входу. Спробуйте ще раз через 2 хвилини.');
    expect(errorMessage(throttled(15), uk)).toBe('Забагато спроб входу. Спробуйте ще раз через 15 хвилин.');
  });

  it('takes a numeric count as the plural selector of any key', () => {
    const rejected = (count: number) => apiError('BAD_USER_INPUT', 'imports:error.allOrNothingRejected', { count });
    expect(errorMessage(rejected(1), en)).toBe('Nothing was imported: 1 row has errors, and all-or-nothing was chosen.');
    expect(errorMessage(rejected(5), uk)).toBe('Нічого не імпортовано: 5 рядків мають помилки, а вибрано «усе або нічого».');
  });

  it('formats numeric params per language', () => {
    const error = apiError('BAD_USER_INPUT', 'errors:queryTooCostly', { max: 10000 });
    expect(errorMessage(error, en)).toContain('10,000');
    expect(errorMessage(error, uk)).toContain('10\u00a0000');
  });

  it('shows the request id of an internal error', () => {
    const error = apiError('INTERNAL_SERVER_ERROR', 'errors:internal', { requestId: 'req-42' });
    expect(errorMessage(error, en)).toBe(
      'Something went wrong on our side. If it happens again, give this code to support: req-42.',
    );
    expect(errorMessage(apiError('INTERNAL_SERVER_ERROR', 'errors:internal'), en)).toBe(
      'Something went wrong on our side. Please try again later.',
    );
  });

  it('falls back to the code when the key is unknown, then to a generic message', () => {
    expect(errorMessage(apiError('FORBIDDEN', 'errors:noSuchKey'), en)).toBe('You do not have permission to do this.');
    expect(errorMessage(apiError('SOMETHING_NEW'), en)).toBe('Something went wrong. Please try again.');
    expect(errorMessage(apiError('SOMETHING_NEW', 'not a key'), uk)).toBe('Щось пішло не так. Спробуйте ще раз.');
  });

  it('reports a failed connection as a network error', () => {
    const expected = 'Cannot connect to the server. Check your internet connection and try again.';
    expect(errorMessage(new TypeError('Failed to fetch'), en)).toBe(expected);
    expect(errorMessage(serverError(503, '<html>Service Unavailable</html>'), en)).toBe(expected);
  });

  it('reads GraphQL errors sent with an error status', () => {
    const body = JSON.stringify({ errors: [{ message: 'csrf', extensions: { code: 'CSRF', i18nKey: 'errors:csrf' } }] });
    expect(errorMessage(serverError(403, body), en)).toBe(
      'The request was blocked for security reasons. Reload the page and try again.',
    );
  });

  it('says "unknown" for anything else', () => {
    expect(errorMessage(new Error('boom'), en)).toBe('Something went wrong. Please try again.');
    expect(errorMessage(undefined, en)).toBe('Something went wrong. Please try again.');
  });
});

describe('formErrors', () => {
  it('puts field errors on their fields and the rest in general', () => {
    const error = gqlError(
      { message: 'x', extensions: { code: 'BAD_USER_INPUT', i18nKey: 'errors:emailInvalid', field: 'email' } },
      { message: 'y', extensions: { code: 'BAD_USER_INPUT', i18nKey: 'errors:passwordRequired', field: 'password' } },
      { message: 'z', extensions: { code: 'BAD_USER_INPUT', i18nKey: 'errors:searchTooShort', params: { min: 3 } } },
    );
    expect(formErrors(error, en, ['email', 'password'])).toEqual({
      fields: {
        email: 'Enter a valid e-mail address, for example name@example.org.',
        password: 'Enter your password.',
      },
      general: ['Type at least 3 letters or digits to search.'],
    });
  });
});

describe('validation errors', () => {
  const error = gqlError({
    message: 'Invalid input',
    extensions: {
      code: 'BAD_USER_INPUT',
      i18nKey: 'errors:validationFailed',
      params: { count: 2 },
      fieldErrors: [
        { field: 'phones.1', i18nKey: 'errors:phoneInvalid', params: { value: '12' } },
        { field: 'birthDate', i18nKey: 'errors:birthDateInFuture', params: {} },
      ],
    },
  });

  it('puts each problem of one validation error on its own field, in the user language', () => {
    expect(formErrors(error, uk, ['phones.1', 'birthDate'])).toEqual({
      fields: {
        'phones.1': '«12» — не номер телефону. Введіть його з кодом, наприклад 067 123 45 67 або +48 512 345 678.',
        birthDate: 'Дата народження не може бути в майбутньому.',
      },
      general: [],
    });
    expect(describeError(error).map((d) => d.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });

  it('words the summary with the right plural form', () => {
    const summary = gqlError({ message: 'x', extensions: { code: 'BAD_USER_INPUT', i18nKey: 'errors:validationFailed', params: { count: 5 } } });
    expect(errorMessage(summary, uk)).toBe('Виправте 5 виділених полів.');
  });
});

describe('isUnauthenticated', () => {
  it('finds the UNAUTHENTICATED code among several errors', () => {
    const error = gqlError({ message: 'a' }, { message: 'b', extensions: { code: 'UNAUTHENTICATED' } });
    expect(isUnauthenticated(error)).toBe(true);
    expect(isUnauthenticated(apiError('FORBIDDEN', 'errors:forbidden'))).toBe(false);
    expect(isUnauthenticated(new TypeError('Failed to fetch'))).toBe(false);
  });

  it('describes each GraphQL error', () => {
    expect(describeError(apiError('FORBIDDEN', 'errors:forbidden'))).toEqual([
      { code: 'FORBIDDEN', i18nKey: 'errors:forbidden', params: {}, field: null },
    ]);
  });
});
