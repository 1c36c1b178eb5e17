/**
 * Rater calibration (issue 5 item 2): how far each assessor's counted sheets sit from the panel
 * mean of the same candidate and component, so a lenient or harsh assessor shows. Only
 * components scored by two or more assessors count: alone, an assessor is the panel mean.
 */
import type { ResultsInput } from './input';
import type { ResultsOutput } from './output';
import { mean, rational, subtract, toNumber, type Rational } from './rational';

/** One assessor's calibration over every candidate they scored with a panel. */
export interface RaterCalibration {
  assessorId: string;
  /** Distinct candidates with at least one counted sheet of theirs beside another assessor's. */
  candidates: number;
  /** (Candidate, component) pairs counted. */
  sheets: number;
  /** The exact mean of (own total − panel mean): positive is lenient, negative harsh. */
  meanDeviation: Rational;
  /** The population standard deviation of those deviations, a float: it is only read. */
  spread: number;
}

/**
 * Per assessor, the mean and spread of (own − panel mean) over the counted sheets of `output`,
 * sorted by assessor id. `input` is taken for symmetry with toResultsView and is not read: the
 * counted sheets are already in the output.
 */
export function raterCalibration(_input: ResultsInput, output: ResultsOutput): RaterCalibration[] {
  const byAssessor = new Map<string, { candidates: Set<string>; deviations: Rational[] }>();
  for (const formasi of output.formasi) {
    for (const candidate of formasi.candidates) {
      for (const component of candidate.components) {
        if (component.sheets.length < 2) continue;
        const totals = component.sheets.map((s) =>
          rational(s.total.numerator, s.total.denominator),
        );
        const panelMean = mean(totals);
        component.sheets.forEach((sheet, i) => {
          let entry = byAssessor.get(sheet.assessorId);
          if (entry === undefined) {
            entry = { candidates: new Set(), deviations: [] };
            byAssessor.set(sheet.assessorId, entry);
          }
          entry.candidates.add(candidate.candidate.id);
          entry.deviations.push(subtract(totals[i] as Rational, panelMean));
        });
      }
    }
  }
  return [...byAssessor.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([assessorId, { candidates, deviations }]) => {
      const meanDeviation = mean(deviations);
      const m = toNumber(meanDeviation);
      const variance =
        deviations.reduce((sum, d) => sum + (toNumber(d) - m) ** 2, 0) / deviations.length;
      return {
        assessorId,
        candidates: candidates.size,
        sheets: deviations.length,
        meanDeviation,
        spread: Math.sqrt(variance),
      };
    });
}
