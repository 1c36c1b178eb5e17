/**
 * The channels of score entry. Every call after `scoring:open` names a sitting, never an
 * assessor: the main process knows who is scoring from the sitting it opened with their PIN.
 */
import { z } from 'zod';
import { Assessor } from '../domain/assessor';
import { Id } from '../domain/selection';
import { Session } from '../domain/session';
import { OwnSheetState, SheetDraft, SheetEntry, SheetOrigin, SheetView } from '../domain/sheet';
import { RubricVersion } from '../rubric/rubric';

/** A PIN as typed; the main process checks its rules and the lock-out. */
export const PinInput = z.string().regex(/^\d{1,12}$/, 'digits only, at most 12');

/** The random id of an open sitting (32 bytes, hex). */
const SittingId = z.string().regex(/^[0-9a-f]{64}$/);

const target = { sittingId: SittingId, sessionId: Id, candidateId: Id };

/** A session as an assessor picks it: when, where, which formasi and component. */
export const ScoringSession = Session.extend({
  formasiCode: z.string(),
  jabatan: z.string(),
  componentLabel: z.string(),
});
export type ScoringSession = z.infer<typeof ScoringSession>;

/** A candidate in the assessor's queue. */
export const QueueItem = z.object({
  candidateId: Id,
  nomorPeserta: z.string(),
  nama: z.string(),
  status: z.enum(['belum', 'hadir', 'terlambat', 'TH', 'APS', 'DIS']),
  own: OwnSheetState,
  version: z.number().int().positive().nullable(),
});
export type QueueItem = z.infer<typeof QueueItem>;

/** Everything the score-entry screen shows for one candidate. */
export const ScoringSheet = z.object({
  rubric: RubricVersion,
  candidate: z.object({ id: Id, nomorPeserta: z.string(), nama: z.string() }),
  draft: SheetDraft.nullable(),
  current: SheetView.nullable(),
  versions: z.array(SheetView),
  /** The other assessors' current sheets, or null while sealed (the caller has not submitted). */
  others: z.array(SheetView.extend({ assessorNama: z.string() })).nullable(),
});
export type ScoringSheet = z.infer<typeof ScoringSheet>;

/** A submitted sheet without its scores: who, which version, when (for the chair's unlock). */
export const SheetMeta = z.object({
  sheetId: Id,
  assessorId: Id,
  assessorNama: z.string(),
  version: z.number().int().positive(),
  origin: SheetOrigin,
  submittedAt: z.string(),
  unlocked: z.boolean(),
  signatureValid: z.boolean(),
});
export type SheetMeta = z.infer<typeof SheetMeta>;

/** The progress of one session on the chair's dashboard (counts only). */
export const SessionProgress = z.object({
  session: Session,
  formasiCode: z.string(),
  scheduled: z.number().int(),
  present: z.number().int(),
  waiting: z.number().int(),
  absent: z.number().int(),
  out: z.number().int(),
  conflicts: z.number().int(),
  expected: z.number().int(),
  drafts: z.number().int(),
  submitted: z.number().int(),
  missing: z.number().int(),
  complete: z.boolean(),
});
export type SessionProgress = z.infer<typeof SessionProgress>;

/** Score-entry channels. */
export const scoringContract = {
  /** Who may pick themselves at the scoring screen: the selection's assessors but observers. */
  'scoring:assessors': {
    input: z.object({ selectionId: Id }).strict(),
    output: z.array(Assessor),
  },
  'scoring:sessions': {
    input: z.object({ assessorId: Id }).strict(),
    output: z.array(ScoringSession),
  },
  'scoring:open': {
    input: z.object({ assessorId: Id, pin: PinInput }).strict(),
    output: z.object({ sittingId: SittingId, assessor: Assessor, idleMs: z.number().int() }),
  },
  'scoring:close': {
    input: z.object({ sittingId: SittingId }).strict(),
    output: z.object({ closed: z.literal(true) }),
  },
  'scoring:queue': {
    input: z.object({ sittingId: SittingId, sessionId: Id }).strict(),
    output: z.array(QueueItem),
  },
  'scoring:sheet': { input: z.object(target).strict(), output: ScoringSheet },
  'scoring:saveDraft': {
    input: z.object({ ...target, entry: SheetEntry }).strict(),
    output: SheetDraft,
  },
  'scoring:submit': {
    input: z.object({ ...target, pin: PinInput, entry: SheetEntry }).strict(),
    output: SheetView,
  },
  'scoring:amend': {
    input: z
      .object({
        sittingId: SittingId,
        pin: PinInput,
        sheetId: Id,
        entry: SheetEntry,
        reason: z.string().max(1000),
      })
      .strict(),
    output: SheetView,
  },
  'scoring:unlock': {
    input: z
      .object({ sittingId: SittingId, pin: PinInput, sheetId: Id, reason: z.string().max(1000) })
      .strict(),
    output: SheetView,
  },
  'scoring:sheetsMeta': {
    input: z.object({ sessionId: Id, candidateId: Id }).strict(),
    output: z.array(SheetMeta),
  },
  'scoring:progress': {
    input: z.object({ selectionId: Id }).strict(),
    output: z.array(SessionProgress),
  },
} as const;
