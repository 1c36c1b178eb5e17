/** The formats of the results export (docs/results-format.md). */
export const RESULTS_FORMATS = ['json', 'csv', 'xlsx'] as const;
/** One export format. */
export type ResultsFormat = (typeof RESULTS_FORMATS)[number];
