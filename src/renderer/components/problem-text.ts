/** Rubric and plan problems as sentences in the UI language, from the shared tables. */
import { describePlanProblem } from '../../shared/i18n/plan-problems';
import { describeRubricProblem } from '../../shared/i18n/rubric-problems';
import type { RubricFileProblem } from '../../shared/rubric/rubric-file';
import { isLanguage } from '../i18n/language';
import type { WireProblem } from './error-details';

/** Where a rubric problem is and what is wrong, e.g. "Aspek 2 › Tingkat 3 › Patokan: …". */
export function rubricProblemText(problem: RubricFileProblem, language: string): string {
  return describeRubricProblem(problem, isLanguage(language) ? language : 'id');
}

/** A plan problem as a sentence; warnings name the rule they depart from. */
export function planProblemText(problem: WireProblem, language: string): string {
  return describePlanProblem(problem, isLanguage(language) ? language : 'id');
}
