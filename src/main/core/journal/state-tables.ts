/** The tables that are a projection of the journal, in the order they can be emptied. */

/** State tables, children before parents (foreign keys). */
export const STATE_TABLES = [
  'journal_refs',
  'candidates',
  'candidate_imports',
  'formasi',
  'selections',
] as const;
