/**
 * Scores that come from outside Panitia (docs/external-scores.md): an SKB CAT or psikotes score
 * (`external_score`), the PPPK CAT sub-scores (`cat_pppk`) and pass/fail gates
 * (`external_ms_tms`). They are imported from a file, journaled, and read by the results.
 */
import { z } from 'zod';
import { PlanKey } from '../plan/plan';
import { Id } from './selection';

/** Maxima of the PPPK CAT sub-scores (KepmenPANRB 347/2024, domain.md §1.4); they add up to 670. */
export const CAT_PPPK_PART_MAX = { teknis: 450, manajerialSk: 180, wawancara: 40 } as const;

/** The sub-score maxima and the total of plan.ts come from one regulation (a test keeps them equal). */
export const CAT_PPPK_PARTS_TOTAL =
  CAT_PPPK_PART_MAX.teknis + CAT_PPPK_PART_MAX.manajerialSk + CAT_PPPK_PART_MAX.wawancara;

/** A gate's result: memenuhi syarat or tidak memenuhi syarat. */
export const MsTms = z.enum(['MS', 'TMS']);
export type MsTms = z.infer<typeof MsTms>;

/** The external sources a plan component can have. */
export const ExternalSource = z.enum(['external_score', 'cat_pppk', 'external_ms_tms']);
export type ExternalSource = z.infer<typeof ExternalSource>;

const part = (max: number) => z.number().int().min(0).max(max);

/**
 * One candidate's imported value for one component. The range of an `external_score` depends on
 * the plan's `maxScore`, which the import checks; the journal only knows it is not negative.
 */
export const ExternalScoreValue = z.discriminatedUnion('source', [
  z.strictObject({
    candidateId: Id,
    componentKey: PlanKey,
    source: z.literal('external_score'),
    score: z.number().min(0).max(100_000),
  }),
  z.strictObject({
    candidateId: Id,
    componentKey: PlanKey,
    source: z.literal('cat_pppk'),
    teknis: part(CAT_PPPK_PART_MAX.teknis),
    manajerialSk: part(CAT_PPPK_PART_MAX.manajerialSk),
    wawancara: part(CAT_PPPK_PART_MAX.wawancara),
  }),
  z.strictObject({
    candidateId: Id,
    componentKey: PlanKey,
    source: z.literal('external_ms_tms'),
    result: MsTms,
  }),
]);
export type ExternalScoreValue = z.infer<typeof ExternalScoreValue>;

/** The current external score of one candidate and component, as stored. */
export const StoredExternalScore = z.object({
  candidateId: Id,
  nomorPeserta: z.string(),
  formasiId: Id,
  componentKey: PlanKey,
  source: ExternalSource,
  /** The raw score: `external_score`'s value, the CAT PPPK total; null for a gate. */
  score: z.number().nullable(),
  teknis: z.number().int().nullable(),
  manajerialSk: z.number().int().nullable(),
  wawancara: z.number().int().nullable(),
  msTms: MsTms.nullable(),
  importId: Id,
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: z.string(),
});
export type StoredExternalScore = z.infer<typeof StoredExternalScore>;

/**
 * One problem of an external-score file: `line` is the row as a spreadsheet program shows it
 * (null for the file as a whole), `column` the heading it concerns (null for the row as a whole).
 * `code` has a message in both languages (src/shared/i18n/external-errors.ts).
 */
export const ExternalProblem = z.object({
  line: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ExternalProblem = z.infer<typeof ExternalProblem>;

/** What the check found and, for an import, what was written. */
export const ExternalScoresReport = z.object({
  mode: z.enum(['check', 'import']),
  fileName: z.string(),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(['csv', 'xlsx']),
  /** Which heading in the file was read as which column. */
  columns: z.record(z.string(), z.string()),
  totalRows: z.number().int().nonnegative(),
  validRows: z.number().int().nonnegative(),
  /** How many valid rows replace a score already stored for the same candidate and component. */
  replacing: z.number().int().nonnegative(),
  problems: z.array(ExternalProblem),
  importedRows: z.number().int().nonnegative(),
  importId: Id.nullable(),
});
export type ExternalScoresReport = z.infer<typeof ExternalScoresReport>;
