/** Entry point of the renderer: choose the transport, build the stores, render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootstrapApi } from './api/bootstrap';
import { App } from './app/App';
import { createI18n } from './i18n/create-i18n';
import { storedLanguage } from './i18n/language';
import { createStores } from './state/create-stores';
import './styles.css';

const i18n = createI18n(storedLanguage(window.localStorage), {
  storage: window.localStorage,
  document,
});
const { api } = bootstrapApi({ window, language: () => i18n.language });
const services = { api, stores: createStores(api, window.localStorage) };

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App services={services} i18n={i18n} />
    </StrictMode>,
  );
}
