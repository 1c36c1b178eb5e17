/**
 * The payload schema of every journal entry kind. State tables are a projection of these events,
 * so a payload carries every value the state needs (ids, fields); nothing is generated on replay.
 */
import { z } from 'zod';
import { AssessorFields, ConflictKind, Fingerprint, PublicKeyB64 } from '../domain/assessor';
import { TRUST_ROLES } from '../domain/trust';
import { DeviceId, MergeReport, QuarantineDecision } from '../domain/merge';
import { AttendanceFields, CandidateStatus } from '../domain/attendance';
import { CandidateFields } from '../domain/candidate';
import { IncidentFields } from '../domain/incident';
import { ExternalScoreValue } from '../domain/external-score';
import { FormasiFields, Id, SelectionFields } from '../domain/selection';
import { DRAW_ALGORITHM, DrawSeed, SessionFields } from '../domain/session';
import { SheetContent } from '../domain/sheet';
import { PlanKey, ScoringPlan } from '../plan/plan';
import { RubricDraftContent, RubricOrigin, RubricStatus } from '../rubric/rubric';
import { Sha256Hex } from './entry';

/** A candidate as written into the journal: the import row plus its minted ids. */
export const ImportedCandidate = CandidateFields.omit({ formasiCode: true }).extend({
  id: Id,
  formasiId: Id,
});
export type ImportedCandidate = z.infer<typeof ImportedCandidate>;

/** A signed sheet version: the content exactly as signed, and the base64 Ed25519 signature. */
const SheetSigned = z.object({ sheet: SheetContent, signature: z.string().min(1).max(200) });

/** Payload schemas per entry kind. */
export const EVENT_SCHEMAS = {
  'selection.created': z.object({ id: Id, fields: SelectionFields }),
  'selection.updated': z.object({ id: Id, fields: SelectionFields }),
  'formasi.created': z.object({ id: Id, selectionId: Id, fields: FormasiFields }),
  'formasi.updated': z.object({ id: Id, fields: FormasiFields }),
  'formasi.deleted': z.object({ id: Id }),
  'candidates.imported': z.object({
    importId: Id,
    selectionId: Id,
    fileName: z.string(),
    fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
    skippedRows: z.number().int().nonnegative(),
    candidates: z.array(ImportedCandidate).min(1),
  }),
  /**
   * Scores from outside Panitia (SKB CAT, CAT PPPK, MS/TMS gates), checked row by row before
   * writing; each replaces the candidate's earlier score for the same component.
   */
  'externalScores.imported': z.object({
    importId: Id,
    selectionId: Id,
    fileName: z.string(),
    fileSha256: Sha256Hex,
    scores: z.array(ExternalScoreValue).min(1),
  }),
  /** A new draft: a blank rubric, a copy, the next version of a published one, or a draft file. */
  'rubric.created': z.object({
    id: Id,
    rubricId: Id,
    version: z.number().int().positive(),
    content: RubricDraftContent,
    origin: RubricOrigin,
  }),
  'rubric.draftSaved': z.object({ id: Id, content: RubricDraftContent }),
  /** The content is frozen under `contentHash`; the projection re-checks both. */
  'rubric.published': z.object({ id: Id, contentHash: Sha256Hex }),
  'rubric.retired': z.object({ id: Id }),
  'rubric.draftDeleted': z.object({ id: Id }),
  /** A published or retired version from a file or a built-in template, identity preserved. */
  'rubric.imported': z.object({
    id: Id,
    rubricId: Id,
    version: z.number().int().positive(),
    status: RubricStatus.exclude(['draft']),
    content: RubricDraftContent,
    contentHash: Sha256Hex,
    origin: RubricOrigin,
  }),
  /** A formasi's scoring plan; `reason` is required once the plan is locked. */
  'plan.set': z.object({
    formasiId: Id,
    plan: ScoringPlan,
    reason: z.string().trim().min(1).max(1000).nullable(),
  }),
  /** From now on every change of the plan needs a written reason. */
  'plan.locked': z.object({ formasiId: Id, note: z.string().trim().max(1000) }),
  /**
   * An assessor joins a selection with their first public key. The PIN hash and the sealed
   * private key are secrets and never enter the journal (it travels in bundles): the command
   * stores them beside the projection, in `assessor_secrets` (docs/assessors.md).
   */
  'assessor.enrolled': z.object({
    id: Id,
    selectionId: Id,
    fields: AssessorFields,
    publicKey: PublicKeyB64,
    fingerprint: Fingerprint,
    keyVersion: z.literal(1),
  }),
  /** The chair reset a forgotten PIN: a new key pair; the old public key stays valid history. */
  'assessor.keyReset': z.object({
    assessorId: Id,
    publicKey: PublicKeyB64,
    fingerprint: Fingerprint,
    keyVersion: z.number().int().min(2),
    resetBy: Id,
  }),
  /** The assessor accepted the integrity statement whose text hashes to `statementHash`. */
  'assessor.integrityAccepted': z.object({
    assessorId: Id,
    statementVersion: z.number().int().positive(),
    statementHash: Sha256Hex,
  }),
  /** An assessor may not assess this candidate: they said why. */
  'conflict.declared': z.object({
    id: Id,
    assessorId: Id,
    candidateId: Id,
    kind: ConflictKind,
    note: z.string().trim().max(1000),
  }),
  /** A session of one component of a formasi's plan, on a date, at a time, in a room. */
  'session.created': z.object({
    id: Id,
    formasiId: Id,
    componentKey: PlanKey,
    fields: SessionFields,
  }),
  /** Candidates of the session's formasi join it; each at most once per formasi component. */
  'session.candidatesScheduled': z.object({
    sessionId: Id,
    candidateIds: z.array(Id).min(1),
  }),
  /** The committee chose the session's panel by hand; it replaces any earlier panel. */
  'panel.assigned': z.object({
    sessionId: Id,
    assessorIds: z.array(Id).min(1),
  }),
  /**
   * The session's panel was drawn by lot: `size` of `pool` by `algorithm` from `seed`. The
   * applier repeats the draw and refuses a result that does not follow from the seed.
   */
  'panel.drawn': z.object({
    sessionId: Id,
    pool: z.array(Id).min(1),
    size: z.number().int().min(1),
    seed: DrawSeed,
    algorithm: z.literal(DRAW_ALGORITHM),
    assessorIds: z.array(Id).min(1),
  }),
  /** A check-in at the desk; a correction is a new entry, and the latest one counts. */
  'attendance.recorded': z.object({
    id: Id,
    sessionId: Id,
    candidateId: Id,
    fields: AttendanceFields,
  }),
  /** A selection-wide status change (APS, DIS, or reinstated); DIS and reinstating need a reason. */
  'candidate.statusChanged': z.object({
    candidateId: Id,
    status: CandidateStatus,
    reason: z.string().trim().max(1000).nullable(),
  }),
  /** An assessor submitted their sheet, signed with their own key (version 1, typed in Panitia). */
  'sheet.submitted': SheetSigned,
  /** A paper sheet typed twice by two operators, matched, and signed by the verifying operator. */
  'sheet.transcribed': SheetSigned,
  /** A new version of a submitted sheet, with its reason; the earlier versions stay. */
  'sheet.amended': SheetSigned,
  /** The chair opened a submitted sheet version for an amendment by the chair, with a reason. */
  'sheet.unlocked': z.object({
    sheetId: Id,
    chairId: Id,
    reason: z.string().trim().min(1).max(1000),
  }),
  /**
   * This installation's device key: the public half, and `proof`, a signature by the new key of
   * {@link deviceKeyProofContent}, so whoever receives the chain can see that its device held the
   * private key. The sealed private key never enters the journal (docs/device-key.md).
   */
  'device.keyCreated': z.object({
    publicKey: PublicKeyB64,
    fingerprint: Fingerprint,
    proof: z.string().min(1).max(200),
  }),
  /**
   * A key pinned in this installation's trust registry, learnt out of band (docs/trust-registry.md).
   * The fingerprint is carried so the applier can check it against the key.
   */
  'trust.pinned': z.object({
    publicKey: PublicKeyB64,
    fingerprint: Fingerprint,
    label: z.string().trim().min(1).max(200),
    role: z.enum(TRUST_ROLES),
  }),
  /** A pinned key revoked, with its reason; it stays listed as revoked. */
  'trust.revoked': z.object({
    fingerprint: Fingerprint,
    reason: z.string().trim().min(1).max(1000),
  }),
  /**
   * An office started from a setup package (docs/merge.md): which package, whose key signed it, and
   * the chain heads it holds. Replay applies those heads before anything after this entry.
   */
  'setup.received': z.object({
    office: z.string().trim().min(1).max(200),
    bundleHash: Sha256Hex,
    signerFingerprint: Fingerprint,
    basis: z.array(z.object({ device: DeviceId, seq: z.number().int().positive() })).max(10000),
  }),
  /**
   * A merge found two different entries for one device and sequence: the chain forked (a copied
   * database used twice). Both sides are held out of the state until a resolution picks one.
   */
  'merge.forkFound': z.object({
    device: DeviceId,
    seq: z.number().int().positive(),
    hashes: z.tuple([Sha256Hex, Sha256Hex]),
  }),
  /** A merge's report, signed by the merger's device key over its canonical JSON. */
  'merge.recorded': z.object({
    id: z.uuid(),
    report: MergeReport,
    signature: z.string().min(1).max(200),
  }),
  /** An administrator's decision on a quarantine item, with its reason. */
  'quarantine.resolved': z.object({
    itemId: z.string().min(1).max(300),
    decision: QuarantineDecision,
    /** What was accepted: a branch head hash, a device id, or a fingerprint; null for a rejection. */
    choice: z.string().min(1).max(300).nullable(),
    reason: z.string().trim().min(1).max(1000),
  }),
  /** The chair wrote down an incident (kejadian khusus) of a session, for its berita acara. */
  'incident.recorded': IncidentFields.extend({ id: Id, sessionId: Id, recordedBy: Id }),
} as const;

/** What a new device key signs to prove it belongs to `device` (canonical JSON of this). */
export function deviceKeyProofContent(device: string, publicKey: string) {
  return { purpose: 'panitia device key v1', device, publicKey };
}

/** A journal entry kind. */
export type EventKind = keyof typeof EVENT_SCHEMAS;
/** The payload of an entry of kind `K`. */
export type EventPayload<K extends EventKind> = z.infer<(typeof EVENT_SCHEMAS)[K]>;

/** Whether `kind` is an entry kind this version understands. */
export function isEventKind(kind: string): kind is EventKind {
  return Object.hasOwn(EVENT_SCHEMAS, kind);
}
