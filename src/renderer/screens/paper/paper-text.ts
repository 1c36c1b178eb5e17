/** Paper-sheet problems as sentences in the UI language, from the shared error table. */
import type { PaperProblem } from '../../../shared/domain/paper-report';
import { ERROR_MESSAGES, errorMessage, type ErrorCode } from '../../../shared/i18n/errors';
import { isLanguage } from '../../i18n/language';

/** One problem as a sentence that says what was read and what to do. */
export function paperProblemText(problem: PaperProblem, language: string): string {
  const lang = isLanguage(language) ? language : 'id';
  // A code this build does not know is shown as it is rather than hidden.
  if (!Object.hasOwn(ERROR_MESSAGES[lang], problem.code)) return problem.code;
  return errorMessage(problem.code as ErrorCode, problem.params, lang);
}
