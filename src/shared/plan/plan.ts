/**
 * A formasi's scoring plan (skema penilaian): which components are scored, where their scores
 * come from, how they are weighted into the final score, thresholds, and the tie-break chain.
 * Every number here is configuration of the selection, never a constant in code: rules change
 * every recruitment year. The formula is written out in docs/scoring-plan.md.
 *
 *   final = Σ over parts p: wₚ · Σ over components c in p: w꜀ · score꜀(0–100)
 */
import { z } from 'zod';
import { Id } from '../domain/selection';
import { Sha256Hex } from '../journal/entry';

/** The presets a plan can start from; `custom` has no rules to warn about. */
export const PresetId = z.enum([
  'cpns-pusat-2024',
  'cpns-daerah-2024',
  'pppk-2024',
  'pppk-sktt',
  'custom',
]);
export type PresetId = z.infer<typeof PresetId>;

/** What a component measures, which the preset rules look at (e.g. the interview cap). */
export const ComponentCategory = z.enum([
  'skd',
  'cat_pppk',
  'skb_cat',
  'wawancara',
  'simulasi_mengajar',
  'simulasi_administrasi',
  'praktik_kerja',
  'psikotes',
  'lainnya',
]);
export type ComponentCategory = z.infer<typeof ComponentCategory>;

/** A short key, used in tie-break references and exports. */
export const PlanKey = z
  .string()
  .min(1)
  .max(30)
  .regex(/^[a-z][a-z0-9_]*$/);

/** Maximum raw scores of the national CAT results. */
export const SKD_MAX = 550;
/** PPPK CAT: teknis 450 + manajerial/sosial kultural 180 + wawancara 40 (KepmenPANRB 347/2024). */
export const CAT_PPPK_MAX = 670;

/** Where a component's score comes from. */
export const ComponentSource = z.discriminatedUnion('type', [
  /** Scored in person on a published rubric version by at least `minAssessors` assessors. */
  z.strictObject({
    type: z.literal('rubric'),
    rubricVersionId: Id.nullable(),
    rubricHash: Sha256Hex.nullable(),
    minAssessors: z.number().int().min(1).max(10),
  }),
  /** SKD sub-scores TWK/TIU/TKP from the candidate data; total out of 550. */
  z.strictObject({ type: z.literal('skd') }),
  /** PPPK CAT sub-scores (teknis, manajerial + sosial kultural, wawancara); out of 670. */
  z.strictObject({ type: z.literal('cat_pppk') }),
  /** A score imported from a file, e.g. SKB CAT out of 500 or a psikotes score. */
  z.strictObject({
    type: z.literal('external_score'),
    maxScore: z.number().positive().max(100_000),
  }),
  /** A pass/fail result (MS/TMS) imported from a file: a gate with no weight. */
  z.strictObject({ type: z.literal('external_ms_tms') }),
]);
export type ComponentSource = z.infer<typeof ComponentSource>;

/** One component of a plan. `weight` is a percentage of its part. */
export const PlanComponent = z.strictObject({
  key: PlanKey,
  label: z.string().trim().min(1).max(100),
  category: ComponentCategory,
  part: PlanKey,
  weight: z.number().min(0).max(100),
  source: ComponentSource,
  /** Ambang batas on the component's 0–100 score: below it the candidate fails (TMS-1). */
  threshold: z.number().min(0).max(100).nullable(),
});
export type PlanComponent = z.infer<typeof PlanComponent>;

/** A part of the final score (e.g. SKD, SKB); `weight` is a percentage of the final score. */
export const PlanPart = z.strictObject({
  key: PlanKey,
  label: z.string().trim().min(1).max(100),
  weight: z.number().min(0).max(100),
});
export type PlanPart = z.infer<typeof PlanPart>;

/** Tie-break criteria on the candidate's own data and the national CAT sub-scores. */
export const TIE_BREAK_INPUTS = [
  'skd_total',
  'skd_tkp',
  'skd_tiu',
  'skd_twk',
  'ipk_ijazah',
  'cat_teknis',
  'cat_manajerial_sk',
  'cat_wawancara',
  'oldest',
] as const;

/** One link of the tie-break chain: an input above, or `component:<key>` (its 0–100 score). */
export const TieBreak = z.union([
  z.enum(TIE_BREAK_INPUTS),
  z.string().regex(/^component:[a-z][a-z0-9_]*$/),
]);
export type TieBreak = z.infer<typeof TieBreak>;

/** A formasi's scoring plan. */
export const ScoringPlan = z.strictObject({
  preset: PresetId,
  parts: z.array(PlanPart).min(1).max(10),
  components: z.array(PlanComponent).min(1).max(20),
  tieBreak: z.array(TieBreak).max(12),
});
export type ScoringPlan = z.infer<typeof ScoringPlan>;

/** The key of the component a `component:<key>` tie-break points at, or null for an input. */
export function tieBreakComponentKey(link: TieBreak): string | null {
  return link.startsWith('component:') ? link.slice('component:'.length) : null;
}
