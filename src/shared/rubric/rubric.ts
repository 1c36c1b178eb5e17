/**
 * Rubrics: what an assessor scores a candidate on. A rubric version's content is hashed over its
 * canonical JSON; once published the content never changes, and every score sheet pins the hash.
 * The rules are written out in docs/rubrics.md.
 */
import { z } from 'zod';
import { Sha256Hex } from '../journal/entry';
import { Id } from '../domain/selection';

/** What kind of in-person assessment a rubric is for. */
export const RubricKind = z.enum([
  'wawancara',
  'simulasi_mengajar',
  'simulasi_administrasi',
  'psikotes',
  'lainnya',
]);
export type RubricKind = z.infer<typeof RubricKind>;

/** Where a rubric version is in its life: only a draft may change. */
export const RubricStatus = z.enum(['draft', 'published', 'retired']);
export type RubricStatus = z.infer<typeof RubricStatus>;

/** The lowest and highest level any scale may use. */
export const SCALE_BOUNDS = { min: 0, max: 10 } as const;

/** Limits on the size of a rubric, so a shared file cannot exhaust the app. */
export const RUBRIC_LIMITS = {
  title: 200,
  instructions: 4000,
  aspects: 40,
  aspectCode: 20,
  aspectTitle: 200,
  description: 1000,
  indicators: 20,
  indicator: 500,
  levelLabel: 60,
  anchor: 1000,
  sources: 20,
  source: 500,
  durationMinutes: 480,
} as const;

/**
 * The content schema in two strengths: `final` is what may be published; `draft` accepts work in
 * progress (empty texts, no aspects yet, weights that do not add up) so a committee can save
 * half-written anchors. Both reject unknown fields and oversized values.
 */
function contentSchema(strength: 'draft' | 'final') {
  const final = strength === 'final';
  const text = (max: number) => (final ? z.string().trim().min(1) : z.string().trim()).max(max);
  const level = z.strictObject({
    value: z.number().int().min(SCALE_BOUNDS.min).max(SCALE_BOUNDS.max),
    label: text(RUBRIC_LIMITS.levelLabel),
    anchor: text(RUBRIC_LIMITS.anchor),
  });
  const aspect = z.strictObject({
    code: z
      .string()
      .trim()
      .min(1)
      .max(RUBRIC_LIMITS.aspectCode)
      .regex(/^[\p{L}\p{N}._-]+$/u),
    title: text(RUBRIC_LIMITS.aspectTitle),
    description: z.string().trim().max(RUBRIC_LIMITS.description),
    indicators: z.array(text(RUBRIC_LIMITS.indicator)).max(RUBRIC_LIMITS.indicators),
    /** A percentage; a rubric's weights sum to 100 (checked in check-rubric.ts). */
    weight: (final ? z.number().positive() : z.number().nonnegative()).max(100),
    scale: z.strictObject({
      min: z.number().int().min(SCALE_BOUNDS.min).max(SCALE_BOUNDS.max),
      max: z.number().int().min(SCALE_BOUNDS.min).max(SCALE_BOUNDS.max),
    }),
    /** One level per value from `scale.min` to `scale.max`, ascending. */
    levels: z
      .array(level)
      .min(final ? 2 : 0)
      .max(SCALE_BOUNDS.max - SCALE_BOUNDS.min + 1),
    /** Whether a score at the bottom or top of the scale needs a written note (evidence). */
    noteRequiredAtExtremes: z.boolean(),
  });
  return z.strictObject({
    title: text(RUBRIC_LIMITS.title),
    kind: RubricKind,
    instructions: z.string().trim().max(RUBRIC_LIMITS.instructions),
    /** How long one assessment usually takes, in minutes. */
    durationMinutes: z.number().int().min(1).max(RUBRIC_LIMITS.durationMinutes).nullable(),
    aspects: z
      .array(aspect)
      .min(final ? 1 : 0)
      .max(RUBRIC_LIMITS.aspects),
    /** Where the aspects and anchors come from (regulations, instruments). */
    sources: z.array(text(RUBRIC_LIMITS.source)).max(RUBRIC_LIMITS.sources),
  });
}

/** A rubric's content as it may be published: everything the hash covers and an assessor sees. */
export const RubricContent = contentSchema('final');
export type RubricContent = z.infer<typeof RubricContent>;

/** A draft's content: the same shape, not yet complete. */
export const RubricDraftContent = contentSchema('draft');
export type RubricDraftContent = z.infer<typeof RubricDraftContent>;

/** One aspect (aspek) of a rubric. */
export type Aspect = RubricContent['aspects'][number];
/** One level of an aspect's scale: its value, a short label and the behaviour that earns it. */
export type ScaleLevel = Aspect['levels'][number];

/** Where a rubric version came from, for the audit trail. */
export const RubricOrigin = z.discriminatedUnion('type', [
  z.object({ type: z.literal('new') }),
  z.object({ type: z.literal('template'), templateId: z.string().min(1).max(100) }),
  z.object({ type: z.literal('copy'), versionId: Id, contentHash: Sha256Hex }),
  z.object({ type: z.literal('new-version'), versionId: Id, contentHash: Sha256Hex }),
  z.object({ type: z.literal('file'), fileName: z.string().max(255) }),
]);
export type RubricOrigin = z.infer<typeof RubricOrigin>;

/**
 * One version of a rubric as stored. `rubricId` is shared by all versions of one rubric; `id`
 * names this version and is what components and score sheets point at, together with the hash.
 */
export const RubricVersion = z.object({
  id: Id,
  rubricId: Id,
  version: z.number().int().positive(),
  status: RubricStatus,
  /** Complete for published and retired versions; possibly unfinished for a draft. */
  content: RubricDraftContent,
  contentHash: Sha256Hex,
  origin: RubricOrigin,
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
});
export type RubricVersion = z.infer<typeof RubricVersion>;

/** A row of the rubric list: a version without its content. */
export const RubricSummary = RubricVersion.omit({ content: true }).extend({
  title: z.string(),
  kind: RubricKind,
  aspectCount: z.number().int().nonnegative(),
  /** How many formasi components use this version. */
  usedBy: z.number().int().nonnegative(),
});
export type RubricSummary = z.infer<typeof RubricSummary>;
