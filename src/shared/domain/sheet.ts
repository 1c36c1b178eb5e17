/**
 * Score sheets (lembar penilaian): one assessor's scores of one candidate on one component, as
 * signed on submit. The signed content is the sheet itself, so a sheet carries its own proof of
 * who scored what against which rubric (docs/score-entry.md).
 */
import { z } from 'zod';
import { Sha256Hex } from '../journal/entry';
import { PlanKey } from '../plan/plan';
import { Id } from './selection';

/** The name of the signed format; a later format gets a new name. */
export const SHEET_FORMAT = 'panitia.sheet.v1' as const;

/** The longest note an assessor may write on one aspect or on the whole sheet. */
export const MAX_NOTE = 2000;

/** How a sheet reached Panitia: typed by the assessor, or transcribed from paper twice. */
export const SheetOrigin = z.enum(['langsung', 'transkripsi']);
export type SheetOrigin = z.infer<typeof SheetOrigin>;

/** An aspect code as rubrics write them. */
const AspectCode = z.string().min(1).max(20);

/** What an assessor has entered: a level and a note per aspect code, and a note on the whole. */
export const SheetEntry = z.strictObject({
  levels: z.record(AspectCode, z.number().int().min(0).max(10)),
  notes: z.record(AspectCode, z.string().max(MAX_NOTE)),
  note: z.string().max(MAX_NOTE),
});
export type SheetEntry = z.infer<typeof SheetEntry>;

/** One scored aspect, in rubric order. */
export const SheetScore = z.strictObject({
  aspect: AspectCode,
  level: z.number().int().min(0).max(10),
  note: z.string().max(MAX_NOTE),
});
export type SheetScore = z.infer<typeof SheetScore>;

/** Who typed and who checked a transcribed paper sheet, and the files they typed it into. */
export const Transcription = z.strictObject({
  enteredBy: Id,
  verifiedBy: Id,
  sources: z.array(Sha256Hex).min(2).max(2),
});
export type Transcription = z.infer<typeof Transcription>;

/** The exact 0–100 total as a reduced fraction (src/shared/rubric/score.ts). */
export const ExactTotal = z.strictObject({
  numerator: z.number().int().nonnegative(),
  denominator: z.number().int().positive(),
});

/**
 * A sheet version exactly as signed: the signature covers the canonical JSON of this object.
 * `signedBy` is the assessor for a sheet typed in Panitia, an operator for a transcribed one, or
 * the chair for an amendment the chair made after unlocking.
 */
export const SheetContent = z.strictObject({
  format: z.literal(SHEET_FORMAT),
  id: Id,
  selectionId: Id,
  formasiId: Id,
  sessionId: Id,
  componentKey: PlanKey,
  candidateId: Id,
  assessorId: Id,
  rubricVersionId: Id,
  rubricHash: Sha256Hex,
  version: z.number().int().positive(),
  /** The version this one replaces, or null for the first. */
  supersedes: Id.nullable(),
  /** Why this version replaces the previous one; required from version 2 on. */
  reason: z.string().trim().max(1000).nullable(),
  scores: z.array(SheetScore).min(1).max(40),
  note: z.string().max(MAX_NOTE),
  total: ExactTotal,
  origin: SheetOrigin,
  transcription: Transcription.nullable(),
  signedBy: Id,
  keyVersion: z.number().int().positive(),
  submittedAt: z.iso.datetime(),
});
export type SheetContent = z.infer<typeof SheetContent>;

/** A stored sheet version: its content, signature, and whether it is the current version. */
export const SheetView = z.object({
  content: SheetContent,
  signature: z.string(),
  /** The 0–100 total as a number, for display. */
  total: z.number(),
  current: z.boolean(),
  /** Whether the signature verifies against the signer's key of that version, checked now. */
  signatureValid: z.boolean(),
  /** Whether the chair has unlocked this version for an amendment. */
  unlocked: z.boolean(),
});
export type SheetView = z.infer<typeof SheetView>;

/** An autosaved draft of the caller's own sheet (never journaled, never shown to others). */
export const SheetDraft = SheetEntry.extend({ updatedAt: z.string() });
export type SheetDraft = z.infer<typeof SheetDraft>;

/** Where the caller's own sheet for a candidate stands. */
export const OwnSheetState = z.enum(['kosong', 'draf', 'terkirim']);
export type OwnSheetState = z.infer<typeof OwnSheetState>;
