/**
 * What an assessor does at the scoring screen, each checked in the main process: open a sitting,
 * save a draft on every change, submit with the PIN (signed, journaled, immutable), amend with a
 * reason, and — for the chair — unlock someone's sheet for an amendment.
 */
import type { Database } from 'better-sqlite3';
import type { SheetDraft, SheetEntry, SheetView } from '../../../shared/domain/sheet';
import { AppError } from '../../../shared/errors';
import { getAssessor } from '../assessors/queries';
import { record, type WriteContext } from '../journal/record';
import { writeDraft, type SheetKey } from './drafts';
import { assertIntegrityAccepted, assertMayAssess } from './rules';
import { currentSheet, findSheet } from './sheet-rows';
import { recordSheet, type SheetSigner } from './sign-sheet';
import type { Sitting, Sittings } from './sittings';

function signerOf(sitting: Sitting): SheetSigner {
  return { id: sitting.assessorId, keyVersion: sitting.keyVersion, privateKey: sitting.privateKey };
}

/** A candidate in a session, scored by the sitting's assessor. */
export interface SittingTarget {
  sittingId: string;
  sessionId: string;
  candidateId: string;
}

function keyOf(db: Database, sittings: Sittings, target: SittingTarget, now: Date): SheetKey {
  const { assessorId } = sittings.use(db, target.sittingId, now);
  return { sessionId: target.sessionId, candidateId: target.candidateId, assessorId };
}

/**
 * Saves the draft of the sitting's assessor. Refused once the sheet is submitted (a change is
 * then an amendment) and for anyone who may not score the candidate.
 */
export function saveDraft(
  context: WriteContext,
  sittings: Sittings,
  target: SittingTarget,
  entry: SheetEntry,
): SheetDraft {
  const { db } = context;
  const now = context.now();
  const key = keyOf(db, sittings, target, now);
  assertMayAssess(db, key.assessorId, key.sessionId, key.candidateId);
  if (currentSheet(db, key)) throw new AppError('sheet.alreadySubmitted');
  return writeDraft(db, key, entry, now);
}

/** Submits the sitting's assessor's sheet after the PIN: signed, journaled, immutable. */
export function submitSheet(
  context: WriteContext,
  sittings: Sittings,
  target: SittingTarget,
  pin: string,
  entry: SheetEntry,
): SheetView {
  const { db } = context;
  const sitting = sittings.confirmPin(db, target.sittingId, pin, context.now());
  const key = { ...target, assessorId: sitting.assessorId };
  assertIntegrityAccepted(getAssessor(db, sitting.assessorId));
  if (currentSheet(db, key)) throw new AppError('sheet.alreadySubmitted');
  return recordSheet(context, {
    kind: 'sheet.submitted',
    key: { sessionId: key.sessionId, candidateId: key.candidateId, assessorId: key.assessorId },
    entry,
    lineage: { version: 1, supersedes: null, reason: null },
    signer: signerOf(sitting),
    origin: 'langsung',
    transcription: null,
  });
}

/**
 * Amends a submitted sheet: a new version with a reason, signed by the sitting's assessor. The
 * assessor amends their own sheet; the chair amends another's only after unlocking it.
 */
export function amendSheet(
  context: WriteContext,
  sittings: Sittings,
  input: { sittingId: string; pin: string; sheetId: string; entry: SheetEntry; reason: string },
): SheetView {
  const { db } = context;
  const sitting = sittings.confirmPin(db, input.sittingId, input.pin, context.now());
  const reason = input.reason.trim();
  if (reason === '') throw new AppError('sheet.reasonRequired');
  const previous = findSheet(db, input.sheetId);
  if (!previous) throw new AppError('sheet.notFound');
  if (!previous.current) throw new AppError('sheet.notCurrent');
  const { content } = previous;
  if (content.assessorId !== sitting.assessorId && !previous.unlocked) {
    throw new AppError('sheet.locked');
  }
  assertIntegrityAccepted(getAssessor(db, sitting.assessorId));
  return recordSheet(context, {
    kind: 'sheet.amended',
    key: {
      sessionId: content.sessionId,
      candidateId: content.candidateId,
      assessorId: content.assessorId,
    },
    entry: input.entry,
    lineage: { version: content.version + 1, supersedes: content.id, reason },
    signer: signerOf(sitting),
    origin: 'langsung',
    transcription: null,
  });
}

/** The chair opens someone's current sheet version for an amendment by the chair, with a reason. */
export function unlockSheet(
  context: WriteContext,
  sittings: Sittings,
  input: { sittingId: string; pin: string; sheetId: string; reason: string },
): SheetView {
  const { db } = context;
  const sitting = sittings.confirmPin(db, input.sittingId, input.pin, context.now());
  const reason = input.reason.trim();
  if (reason === '') throw new AppError('sheet.reasonRequired');
  // The applier checks that the signer is a chair of the sheet's selection and the version current.
  record(context, 'sheet.unlocked', {
    sheetId: input.sheetId,
    chairId: sitting.assessorId,
    reason,
  });
  const sheet = findSheet(db, input.sheetId);
  if (!sheet) throw new AppError('internal');
  return sheet;
}

/** The draft-or-sheet key of the sitting's assessor, for reads. */
export function sittingKey(
  context: WriteContext,
  sittings: Sittings,
  target: SittingTarget,
): SheetKey {
  return keyOf(context.db, sittings, target, context.now());
}
