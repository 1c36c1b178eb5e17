/**
 * The results channel: a selection's ranking per formasi, flags, counted sheets with their
 * replaced versions, and rater calibration, as the JSON-safe view of results-view.ts. This is
 * the chair's and committee's view; it shows totals, so the scoring screen never calls it.
 */
import { z } from 'zod';
import { Id } from '../domain/selection';
import { ResultsView } from '../results/results-view';

/** Results channels. */
export const resultsContract = {
  'results:compute': {
    input: z.object({ selectionId: Id }).strict(),
    output: ResultsView,
  },
} as const;
