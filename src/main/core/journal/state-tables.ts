/** The tables that are a projection of the journal, in the order they can be emptied. */

/**
 * State tables, children before parents (foreign keys). `assessor_secrets`, `pin_attempts`,
 * `sheet_drafts` and `device_key_secret` are deliberately absent: they hold what never enters the
 * journal (docs/assessors.md, docs/device-key.md), so a rebuild must keep them; so are the
 * received bundles, checkpoints and held entries of a merge (docs/merge.md).
 */
export const STATE_TABLES = [
  'replay_exclusions',
  'merge_reports',
  'journal_refs',
  'incidents',
  'external_scores',
  'external_score_imports',
  'sheet_unlocks',
  'score_sheets',
  'candidate_status_changes',
  'attendance',
  'session_panel',
  'session_candidates',
  'sessions',
  'conflicts',
  'integrity_statements',
  'assessor_keys',
  'assessors',
  'plan_rubrics',
  'formasi_plans',
  'candidates',
  'candidate_imports',
  'formasi',
  'selections',
  'rubric_versions',
  'device_keys',
  'trusted_keys',
] as const;
