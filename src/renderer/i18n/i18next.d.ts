/** Types `t()` keys against the Indonesian locale, so a missing key fails the type check. */
import 'i18next';
import type id from './locales/id.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}
