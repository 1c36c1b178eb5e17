/** Which UI language is in use, and where the choice is remembered. */
import { LANGUAGES, type Language } from '../../shared/i18n/errors';

export { LANGUAGES, type Language };

/** localStorage key of the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'panitia.language';

/** Whether `value` names a supported language. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The remembered language, or Indonesian (the default for committee offices). */
export function storedLanguage(storage: Pick<Storage, 'getItem'> | null): Language {
  const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(stored) ? stored : LANGUAGES[0];
}

/** The BCP 47 locale used by Intl for a UI language (en-GB keeps day/month/year order). */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}
