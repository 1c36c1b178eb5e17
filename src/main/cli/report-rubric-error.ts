/** Reports a refused rubric: every problem it carries on its own line, then the error itself. */
import { isAppError } from '../../shared/errors';
import { describeRubricProblem } from '../../shared/i18n/rubric-problems';
import type { RubricFileProblem } from '../../shared/rubric/rubric-file';
import { reportError, say, type Output } from './output';

/** Prints the problems in `error.details` (rubric and file checks) and the error; returns the exit code. */
export function reportRubricError(output: Output, error: unknown): number {
  if (isAppError(error) && Array.isArray(error.details)) {
    for (const problem of error.details as RubricFileProblem[]) {
      const sentence = describeRubricProblem(problem, output.language);
      output.err(say(output, 'problemLine', { problem: sentence }));
    }
  }
  return reportError(output, error);
}
