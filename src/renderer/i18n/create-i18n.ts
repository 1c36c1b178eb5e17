/** Builds the i18next instance: Indonesian first, English second, switchable at runtime. */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import id from './locales/id.json';
import { LANGUAGE_STORAGE_KEY, type Language } from './language';

/** Both locales, as i18next resources. */
export const RESOURCES = { id: { translation: id }, en: { translation: en } } as const;

/** Where the instance remembers and shows its language; tests pass jsdom's. */
export interface I18nEnvironment {
  storage: Pick<Storage, 'setItem'> | null;
  document: Document | null;
}

/**
 * A fresh, synchronously initialised instance (one per app or per test, never a shared global
 * that one test could leave in English for the next).
 */
export function createI18n(language: Language, env: I18nEnvironment): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'id',
    supportedLngs: ['id', 'en'],
    resources: RESOURCES,
    initAsync: false,
    // React already escapes text; double escaping would show "&amp;" to the user.
    // Numbers inside sentences use i18next's built-in `{{count, number}}` (Intl) formatter.
    interpolation: { escapeValue: false },
  });
  const apply = (lng: string) => {
    env.storage?.setItem(LANGUAGE_STORAGE_KEY, lng);
    if (env.document) env.document.documentElement.lang = lng;
  };
  if (env.document) env.document.documentElement.lang = language;
  instance.on('languageChanged', apply);
  return instance;
}
