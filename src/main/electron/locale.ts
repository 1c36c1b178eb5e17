/** The language the main process speaks to the user in (dialogs, error envelopes). */
import { app } from 'electron';
import type { Language } from '../../shared/i18n/errors';

/**
 * English only when the OS asks for it, Indonesian otherwise: the app is written for Indonesian
 * committees, so an unknown or unsupported locale falls back to 'id', not 'en'.
 */
export function appLanguage(): Language {
  return app.getLocale().toLowerCase().startsWith('en') ? 'en' : 'id';
}
