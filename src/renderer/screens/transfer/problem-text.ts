/** A quarantine reason or bundle problem (code + params) as a sentence in the UI language. */
import { ERROR_MESSAGES, errorMessage, type ErrorCode } from '../../../shared/i18n/errors';
import { isLanguage } from '../../i18n/language';

/** The translated message of `code`; a code this build does not know is shown as it is. */
export function problemText(
  code: string,
  params: Record<string, string | number>,
  language: string,
): string {
  const lang = isLanguage(language) ? language : 'id';
  if (!Object.hasOwn(ERROR_MESSAGES[lang], code)) return code;
  return errorMessage(code as ErrorCode, params, lang);
}
