/** Turns any error a call can end in into one sentence in the current UI language. */
import type { TFunction } from 'i18next';
import { ERROR_MESSAGES, errorMessage } from '../../shared/i18n/errors';
import { ApiError, TransportError } from '../api/errors';
import { isLanguage } from '../i18n/language';

/** The translated message for `error`; the shared error table first, so every side reads alike. */
export function describeError(error: unknown, language: string, t: TFunction): string {
  const lang = isLanguage(language) ? language : 'id';
  if (error instanceof ApiError) {
    // A code this build does not know still shows the server's own (already translated) text.
    return Object.hasOwn(ERROR_MESSAGES[lang], error.code)
      ? errorMessage(error.code, error.params, lang)
      : error.message;
  }
  if (error instanceof TransportError) {
    return error.failure === 'unreachable' ? t('errors.unreachable') : t('errors.badResponse');
  }
  return t('errors.unexpected');
}
