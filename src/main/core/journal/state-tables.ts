/** The tables that are a projection of the journal, in the order they can be emptied. */

/** State tables, children before parents (foreign keys). */
export const STATE_TABLES = [
  'journal_refs',
  'plan_rubrics',
  'formasi_plans',
  'candidates',
  'candidate_imports',
  'formasi',
  'selections',
  'rubric_versions',
] as const;
