import { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { ContactsDocument, LogoutDocument, MeDocument, MyUnitsDocument, TransferAccessDocument } from '../gql/graphql';
import { createApolloClient } from '../lib/apollo-client';
import { createI18n } from '../lib/i18n';
import { LocationProbe } from '../test/render-with-providers';
import { AppRoutes } from './app-routes';
import { AppProviders } from './providers';

const me = { __typename: 'Me', id: 'u1', email: 'olena@example.org', displayName: 'Olena Petrenko', locale: 'uk', contactId: null, canAddContacts: true };
const unit = {
  __typename: 'OrgUnit',
  id: 'r1',
  name: 'Київська область',
  nameUk: 'Київська область',
  nameEn: 'Kyiv Region',
  kind: 'REGION',
  contactCount: 40213,
};
const myUnits = {
  data: {
    me: { ...me, roles: [{ __typename: 'RoleAssignment', role: 'manager', reach: 'SUBTREE', orgUnit: unit }] },
  },
};

/** The shell asks whether the viewer decides transfers (the "Transfers" menu item). */
const transferAccess = (decides: boolean): MockLink.MockedResponse => ({
  request: { query: TransferAccessDocument },
  result: { data: { me: { __typename: 'Me', id: me.id, canDecideMembershipTransfers: decides } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

function renderApp(route: string, mocks: ReadonlyArray<MockLink.MockedResponse>, lng: 'en' | 'uk' = 'en', decidesTransfers = false) {
  const i18n = createI18n(lng);
  const client = createApolloClient({ getLanguage: () => i18n.language, terminatingLink: new MockLink([...mocks, transferAccess(decidesTransfers)]) });
  render(
    <AppProviders client={client} i18n={i18n}>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
        <LocationProbe />
      </MemoryRouter>
    </AppProviders>,
  );
  return { client, i18n };
}

const location = () => screen.getByTestId('location').textContent;

describe('routes', () => {
  it('sends a visitor who is not signed in to the sign-in page', async () => {
    renderApp('/contacts', [{ request: { query: MeDocument }, result: { data: { me: null } } }]);
    expect(await screen.findByTestId('login-email')).toBeTruthy();
    expect(location()).toBe('/login');
    expect(document.title).toBe('Sign in · Hromada');
  });

  it('shows the shell and my units to a signed-in viewer', async () => {
    renderApp('/', [
      { request: { query: MeDocument }, result: { data: { me } } },
      { request: { query: MyUnitsDocument }, result: myUnits },
    ], 'uk');

    expect((await screen.findByTestId('current-user')).textContent).toBe('Olena Petrenko');
    const card = await screen.findByTestId('home-unit-card');
    expect(card.getAttribute('href')).toBe('/org/r1');
    expect(card.textContent).toContain('Київська область');
    expect(card.textContent).toContain('Менеджер');
    expect(card.textContent).toContain('Цей підрозділ і всі підпорядковані');
    expect(card.textContent).toContain('40\u00a0213 контактів');
    expect(screen.getByRole('navigation', { name: 'Головне меню' })).toBeTruthy();
    expect(screen.getByTestId('nav-home').getAttribute('aria-current')).toBe('page');
    expect(screen.queryByTestId('nav-profile')).toBeNull();
    expect(document.title).toBe('Головна · Громада');
  });

  it('lists "Transfers" in the menu only for those who decide transfers', async () => {
    renderApp('/', [
      { request: { query: MeDocument }, result: { data: { me } } },
      { request: { query: MyUnitsDocument }, result: myUnits },
    ], 'uk', true);
    expect((await screen.findByTestId('nav-transfers')).textContent).toBe('Переведення');
    expect(screen.getByTestId('nav-transfers').getAttribute('href')).toBe('/transfers');
  });

  it('leaves "Transfers" out of the menu for those who do not', async () => {
    renderApp('/', [
      { request: { query: MeDocument }, result: { data: { me } } },
      { request: { query: MyUnitsDocument }, result: myUnits },
    ]);
    await screen.findByTestId('home-unit-card');
    expect(screen.queryByTestId('nav-transfers')).toBeNull();
  });

  it('opens and closes the menu with an accessible button', async () => {
    renderApp('/', [
      { request: { query: MeDocument }, result: { data: { me } } },
      { request: { query: MyUnitsDocument }, result: myUnits },
    ]);
    const button = await screen.findByTestId('nav-menu-button');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const nav = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(nav?.tagName).toBe('NAV');

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(nav?.className).toContain('is-open');

    fireEvent.keyDown(button, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('signs out: calls logout, forgets cached data and goes to sign-in', async () => {
    const { client } = renderApp('/', [
      { request: { query: MeDocument }, result: { data: { me } } },
      { request: { query: MyUnitsDocument }, result: myUnits },
      { request: { query: LogoutDocument }, result: { data: { logout: true } } },
    ]);
    await screen.findByTestId('home-unit-card');

    fireEvent.click(screen.getByTestId('sign-out'));

    await waitFor(() => expect(location()).toBe('/login'));
    expect(await screen.findByTestId('login-email')).toBeTruthy();
    expect(client.cache.extract()).toEqual({});
  });

  it('goes to sign-in when the API says the session is gone', async () => {
    renderApp('/contacts', [
      { request: { query: MeDocument }, result: { data: { me } } },
      {
        request: { query: ContactsDocument, variables: () => true },
        result: { errors: [{ message: 'no session', extensions: { code: 'UNAUTHENTICATED', i18nKey: 'errors:unauthenticated' } }] },
      },
    ]);
    await waitFor(() => expect(location()).toBe('/login'));
  });

  it('offers "My profile" to a user whose account has a contact record', async () => {
    renderApp('/', [
      { request: { query: MeDocument }, result: { data: { me: { ...me, contactId: 'c9' } } } },
      { request: { query: MyUnitsDocument }, result: myUnits },
    ]);
    expect((await screen.findByTestId('nav-profile')).getAttribute('href')).toBe('/me');
  });

  it('shows a translated not-found page for unknown addresses', async () => {
    renderApp('/no/such/page', [{ request: { query: MeDocument }, result: { data: { me } } }]);
    const notFound = await screen.findByTestId('not-found');
    expect(notFound.textContent).toContain('Page not found');
  });
});
