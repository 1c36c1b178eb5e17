/**
 * What `computeResults` returns: per formasi, every candidate with their component scores,
 * final score, rank, status and flags, and the inputs that produced them, in a fixed order
 * (formasi code, then rank, then nomor peserta) so equal inputs give equal outputs.
 *
 * Scores are exact Rationals (canonical, so equal scores are equal field by field). Text and
 * floats are made only where a person reads them or a file stores them: roundForDisplay for
 * display, exactText for the exact fraction (round.ts), toNumber for a chart (rational.ts).
 * Formatting 200,000 results up front would cost more than computing them.
 */
import type { ComponentSource, TieBreak } from '../plan/plan';
import type { Rational } from './rational';
import type { ResultCandidate, ResultSheet } from './input';

/** Changes whenever a rule of the computation changes, so an export names what computed it. */
export const ALGORITHM_VERSION = 'panitia.results.v1';

/**
 * A candidate's result status. The first six are announcement codes (labels configurable);
 * `belum_lengkap` (a component is incomplete) and `seri_kuota` (tied across the quota line after
 * the whole chain) are not: they mean the committee has something to do before announcing.
 */
export type ResultStatus =
  'lulus' | 'tidak_lulus' | 'tidak_hadir' | 'APS' | 'DIS' | 'TMS' | 'belum_lengkap' | 'seri_kuota';

/** Every status, in the order counts are listed. */
export const RESULT_STATUSES: readonly ResultStatus[] = [
  'lulus',
  'tidak_lulus',
  'seri_kuota',
  'belum_lengkap',
  'TMS',
  'tidak_hadir',
  'APS',
  'DIS',
];

/** What a reader of the ranking should look at. */
export type ResultFlag =
  /** A component has fewer sheets than its minimum, or a missing or invalid input. */
  | 'incomplete'
  /** Two assessors of one component are further apart than the threshold. */
  | 'disagreement'
  /** Still tied after the whole tie-break chain: shares a rank. */
  | 'tie'
  /** Below a component's threshold (TMS-1). */
  | 'threshold'
  /** A pass/fail component reads TMS. */
  | 'gate'
  /** Tied across the quota line after the whole chain (status `seri_kuota`). */
  | 'quotaTie';

/** Why a component has no score. */
export type ComponentProblem = 'missing' | 'tooFewSheets' | 'invalid';

/** One component of one candidate. */
export interface ComponentResult {
  key: string;
  source: ComponentSource['type'];
  /** The exact 0–100 score, or null when incomplete (and always null for a pass/fail component). */
  score: Rational | null;
  problem: ComponentProblem | null;
  /** Rubric components: the counted version of each assessor's sheet, as input, by assessor id. */
  sheets: readonly ResultSheet[];
  /** Rubric components: max − min of the counted sheets, when there are at least two. */
  spread: Rational | null;
  disagreement: boolean;
  belowThreshold: boolean;
  /** Pass/fail components: the result read; otherwise null. */
  gate: 'MS' | 'TMS' | null;
}

/** One candidate's result. */
export interface CandidateResult {
  /** The inputs it was computed from: the candidate's record exactly as given. */
  candidate: ResultCandidate;
  /** In plan order. */
  components: ComponentResult[];
  /** The exact final score, once every component is complete. */
  final: Rational | null;
  /** Competition rank among the ranked candidates of the formasi (1, 2, 2, 4), or null. */
  rank: number | null;
  tied: boolean;
  /**
   * The deepest tie-break link needed to set this candidate apart from every other ranked
   * candidate with the same final score; null when none has the same final score, or when tied.
   */
  decidedBy: TieBreak | null;
  status: ResultStatus;
  /** The configured announcement code, or null for `belum_lengkap` and `seri_kuota`. */
  statusLabel: string | null;
  flags: readonly ResultFlag[];
}

/** One formasi's ranking. */
export interface FormasiResult {
  formasiId: string;
  code: string;
  quota: number;
  candidates: CandidateResult[];
  counts: Record<ResultStatus, number>;
  /** A present candidate is still incomplete: the ranking may change. */
  provisional: boolean;
  /** A tie across the quota line survived the whole chain: the committee must decide. */
  needsDecision: boolean;
}

/** The whole computation. */
export interface ResultsOutput {
  algorithmVersion: typeof ALGORITHM_VERSION;
  formasi: FormasiResult[];
}
