import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';
import './app/layout.css';
import './app/components.css';
import './app/records.css';
import { createApolloClient } from './lib/apollo-client';
import { bindLanguageToDocument, createI18n, detectLanguage } from './lib/i18n';

const i18n = createI18n(detectLanguage());
bindLanguageToDocument(i18n);
const client = createApolloClient({ getLanguage: () => i18n.language });

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App client={client} i18n={i18n} />
  </StrictMode>,
);
