import { ApolloLink } from '@apollo/client';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { GraphQLFormattedError } from 'graphql';
import { of } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { Route } from 'react-router';
import { LoginDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { LoginPage } from '../login-page';

function fill(email: string, password: string) {
  fireEvent.change(screen.getByTestId('login-email'), { target: { value: email } });
  fireEvent.change(screen.getByTestId('login-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('login-submit'));
}

function loginFails(...errors: GraphQLFormattedError[]) {
  return {
    request: { query: LoginDocument, variables: { email: 'olena@example.org', password: 'wrong' } },
    result: { data: null, errors },
  };
}

const renderLogin = (options: Parameters<typeof renderWithProviders>[1] = {}) =>
  renderWithProviders(<LoginPage />, {
    route: '/login',
    path: '/login',
    extraRoutes: <Route path="/" element={<p>home page</p>} />,
    ...options,
  });

describe('LoginPage', () => {
  it('labels its fields', () => {
    renderLogin();
    expect(screen.getByRole('heading', { name: 'Sign in to Hromada' })).toBeTruthy();
    expect(screen.getByLabelText('E-mail')).toBe(screen.getByTestId('login-email'));
    expect(screen.getByLabelText('Password')).toBe(screen.getByTestId('login-password'));
  });

  it('stops a malformed e-mail before anything is sent', async () => {
    const request = vi.fn();
    const spy = new ApolloLink((operation) => {
      request(operation.operationName);
      return of({ data: null });
    });
    renderLogin({ link: spy });

    fill('olena@example', 'secret');

    expect(await screen.findByText('Enter a valid e-mail address, for example name@example.org.')).toBeTruthy();
    expect(screen.getByTestId('login-email').getAttribute('aria-invalid')).toBe('true');
    expect(request).not.toHaveBeenCalled();
    expect(screen.queryByTestId('login-error')).toBeNull();
  });

  it('asks for the password before sending', async () => {
    const request = vi.fn();
    renderLogin({ link: new ApolloLink(() => (request(), of({ data: null }))) });
    fill('olena@example.org', '');
    expect(await screen.findByText('Enter your password.')).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
  });

  it('shows wrong credentials as one generic, localized message', async () => {
    renderLogin({
      lng: 'uk',
      mocks: [loginFails({ message: 'Invalid credentials', extensions: { code: 'UNAUTHENTICATED', i18nKey: 'errors:invalidCredentials' } })],
    });
    fill('olena@example.org', 'wrong');

    const alert = await screen.findByTestId('login-error');
    expect(alert.textContent).toBe('Неправильна електронна пошта або пароль. Перевірте їх і спробуйте ще раз.');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('location').textContent).toBe('/login');
  });

  it('shows the throttling message with the minutes, and re-translates it on a language switch', async () => {
    const { i18n } = renderLogin({
      mocks: [
        loginFails({
          message: 'Too many attempts',
          extensions: { code: 'TOO_MANY_REQUESTS', i18nKey: 'errors:loginThrottled', params: { minutes: 5 } },
        }),
      ],
    });
    fill('olena@example.org', 'wrong');

    const alert = await screen.findByTestId('login-error');
    expect(alert.textContent).toBe('Too many sign-in attempts. Please try again in 5 minutes.');

    fireEvent.click(screen.getByTestId('lang-switch-uk'));
    await waitFor(() => expect(i18n.language).toBe('uk'));
    expect(screen.getByTestId('login-error').textContent).toBe('Забагато спроб входу. Спробуйте ще раз через 5 хвилин.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Вхід до Громади');
  });

  it('goes home after signing in', async () => {
    renderLogin({
      mocks: [
        {
          request: { query: LoginDocument, variables: { email: 'olena@example.org', password: 'right' } },
          result: {
            data: {
              login: {
                __typename: 'LoginResult',
                expiresAt: '2030-01-01T00:00:00Z',
                me: { __typename: 'Me', id: 'u1', email: 'olena@example.org', displayName: 'Olena', locale: 'uk', contactId: null, canAddContacts: true },
              },
            },
          },
        },
      ],
    });
    fill('  olena@example.org ', 'right');
    expect(await screen.findByText('home page')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/');
  });
});
