/** Renders the whole app over a fresh fake backend, fresh stores and a fresh i18n instance. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../../src/shared/contract/contract';
import { App } from '../../../src/renderer/app/App';
import { createI18n } from '../../../src/renderer/i18n/create-i18n';
import type { Language } from '../../../src/renderer/i18n/language';
import { createStores } from '../../../src/renderer/state/create-stores';
import { FakeBackend } from './fake-backend';

/** What a test can set up before the app starts. */
export interface RenderAppOptions {
  backend?: FakeBackend;
  /** An Api to run on instead of the fake backend's, e.g. a real-backend.ts one. */
  api?: Api;
  /** The hash route to start on, e.g. '/peserta'. */
  path?: string;
  language?: Language;
  /** An active selection id remembered from an earlier session. */
  activeSelectionId?: string;
}

/** Renders the app; returns Testing Library's utilities plus the backend, stores and a user. */
export function renderApp(options: RenderAppOptions = {}) {
  const backend = options.backend ?? new FakeBackend();
  window.history.replaceState(null, '', `/#${options.path ?? '/seleksi'}`);
  if (options.activeSelectionId)
    window.localStorage.setItem('panitia.activeSelection', options.activeSelectionId);
  const i18n = createI18n(options.language ?? 'id', { storage: window.localStorage, document });
  const api = options.api ?? backend.api;
  const stores = createStores(api, window.localStorage);
  const user = userEvent.setup();
  const utils = render(<App services={{ api, stores }} i18n={i18n} />);
  return { ...utils, backend, i18n, stores, user };
}

/** A File holding `text`, as the file input would hand it over. */
export function textFile(name: string, text: string): File {
  return new File([text], name, { type: 'text/csv' });
}
