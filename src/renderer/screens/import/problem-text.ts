/** Import row problems and field names in the UI language, from the shared import-problem table. */
import type { RowProblem } from '../../../shared/domain/import-report';
import { describeProblem, importFieldLabel } from '../../../shared/i18n/import-problems';
import { isLanguage } from '../../i18n/language';

/** The columns the file hint lists; defined once in src/shared so it cannot drift. */
export {
  OPTIONAL_IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
} from '../../../shared/i18n/import-problems';

/** One problem as a sentence that says what was read and what to do. */
export function problemText(problem: RowProblem, language: string): string {
  return describeProblem(problem, isLanguage(language) ? language : 'id');
}

/** The name of an import field (as used in the column mapping) in the UI language. */
export function fieldLabel(field: string, language: string): string {
  return importFieldLabel(field, isLanguage(language) ? language : 'id');
}
