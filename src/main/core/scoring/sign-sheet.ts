/** Building, signing and journaling one sheet version, shared by typed, transcribed and amended sheets. */
import { randomUUID, type KeyObject } from 'node:crypto';
import {
  SHEET_FORMAT,
  type SheetContent,
  type SheetEntry,
  type SheetView,
} from '../../../shared/domain/sheet';
import { findPlan } from '../plans/queries';
import { record, type WriteContext } from '../journal/record';
import { signCanonical } from '../crypto/sign';
import type { SheetKey } from './drafts';
import { deleteDraft } from './drafts';
import { assertMayAssess, sessionRubric } from './rules';
import { scoreEntry } from './sheet-scores';

/** Which version a new sheet is and what it says about the one before. */
export interface SheetLineage {
  version: number;
  supersedes: string | null;
  reason: string | null;
}

/** Who signs: their id, the key version and the unsealed key. */
export interface SheetSigner {
  id: string;
  keyVersion: number;
  privateKey: KeyObject;
}

/** Everything {@link recordSheet} needs beyond the store. */
export interface SheetRequest {
  kind: 'sheet.submitted' | 'sheet.transcribed' | 'sheet.amended';
  key: SheetKey;
  entry: SheetEntry;
  lineage: SheetLineage;
  signer: SheetSigner;
  origin: SheetContent['origin'];
  transcription: SheetContent['transcription'];
}

/** The content a request signs, checked against the rules and the session's pinned rubric. */
export function sheetContent(context: WriteContext, request: SheetRequest): SheetContent {
  const { db } = context;
  const { key, entry, lineage, signer } = request;
  const { session } = assertMayAssess(db, key.assessorId, key.sessionId, key.candidateId);
  const rubric = sessionRubric(db, session);
  const { scores, total } = scoreEntry(rubric.content, entry);
  return {
    format: SHEET_FORMAT,
    id: randomUUID(),
    selectionId: session.selectionId,
    formasiId: session.formasiId,
    sessionId: session.id,
    componentKey: session.componentKey,
    candidateId: key.candidateId,
    assessorId: key.assessorId,
    rubricVersionId: rubric.id,
    rubricHash: rubric.contentHash,
    ...lineage,
    scores,
    note: entry.note.trim(),
    total,
    origin: request.origin,
    transcription: request.transcription,
    signedBy: signer.id,
    keyVersion: signer.keyVersion,
    submittedAt: context.now().toISOString(),
  };
}

/**
 * Signs and journals one sheet version, and in the same transaction locks the formasi's plan if
 * this is its first sheet (weights cannot move once anyone has been scored) and drops the
 * assessor's draft. Returns the stored version.
 */
export function recordSheet(context: WriteContext, request: SheetRequest): SheetView {
  const { db } = context;
  const content = sheetContent(context, request);
  const signature = signCanonical(request.signer.privateKey, content);
  db.transaction(() => {
    const plan = findPlan(db, content.formasiId);
    if (plan && plan.lockedAt === null) {
      record(context, 'plan.locked', { formasiId: content.formasiId, note: 'sheet:first' });
    }
    record(context, request.kind, { sheet: content, signature });
    deleteDraft(db, request.key);
  })();
  // The applier has just verified the signature and stored this version as the current one.
  return {
    content,
    signature,
    total: content.total.numerator / content.total.denominator,
    current: true,
    signatureValid: true,
    unlocked: false,
  };
}
