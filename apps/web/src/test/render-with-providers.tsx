import type { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import type { Language } from '@hromada/i18n';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { AppProviders } from '../app/providers';
import { createApolloClient } from '../lib/apollo-client';
import { createI18n } from '../lib/i18n';

export interface RenderOptions {
  /** Apollo mocks; ignored when `link` is given. */
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  link?: ApolloLink;
  lng?: Language;
  route?: string;
  /** Route pattern the element is mounted at, e.g. `/org/:id`. */
  path?: string;
  /** Extra routes (e.g. a stub `/login`) to observe navigation. */
  extraRoutes?: ReactElement;
}

/** Shows the current location so tests can assert navigation. */
export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const { mocks = [], lng = 'en', route = '/', path = '*', link, extraRoutes } = options;
  const i18n = createI18n(lng);
  const client = createApolloClient({ getLanguage: () => i18n.language, terminatingLink: link ?? new MockLink(mocks) });
  const result = render(
    <AppProviders client={client} i18n={i18n}>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          <Route path={path} element={ui} />
          {extraRoutes}
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, i18n, client };
}
