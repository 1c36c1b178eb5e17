/** A score as an export writes it: the exact fraction and the rounded text a person reads. */
import type { Rational } from '../../../shared/results/rational';
import { exactText, roundForDisplay } from '../../../shared/results/round';

/** `{ exact: "n/d", display: "72.291" }`; both are strings so no reader rounds through a float. */
export interface ExactScore {
  exact: string;
  display: string;
}

/** The export form of `value`, or null. */
export function exactScore(value: Rational | null): ExactScore | null {
  return value === null ? null : { exact: exactText(value), display: roundForDisplay(value) };
}
