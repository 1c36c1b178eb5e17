/**
 * The results channel: a selection's ranking per formasi, flags, counted sheets with their
 * replaced versions, and rater calibration, as the JSON-safe view of results-view.ts. This is
 * the chair's and committee's view; it shows totals, so the scoring screen never calls it.
 */
import { z } from 'zod';
import { Id } from '../domain/selection';
import { LANGUAGES } from '../i18n/errors';
import { RESULTS_FORMATS } from '../results/results-format';
import { ResultsView } from '../results/results-view';

/** Results channels. */
export const resultsContract = {
  'results:compute': {
    input: z.object({ selectionId: Id }).strict(),
    output: ResultsView,
  },
  /** The results export (docs/results-format.md), the same bytes as `panitia results`. */
  'results:export': {
    input: z
      .object({
        selectionId: Id,
        format: z.enum(RESULTS_FORMATS),
        /** The language of the CSV/XLSX column headings and status labels. */
        language: z.enum(LANGUAGES).default('id'),
      })
      .strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string(), inputsHash: z.string() }),
  },
} as const;
