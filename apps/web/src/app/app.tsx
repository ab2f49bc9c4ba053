import type { ApolloClient } from '@apollo/client';
import type { i18n as I18n } from 'i18next';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app-routes';
import { AppProviders } from './providers';

export function App({ client, i18n }: { client: ApolloClient; i18n: I18n }) {
  return (
    <AppProviders client={client} i18n={i18n}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
