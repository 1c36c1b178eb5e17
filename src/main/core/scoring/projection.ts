/**
 * How sheet entries change the state. Every rule is checked again here, so a sheet replayed from
 * the journal or merged from another device is refused exactly as it would be at the keyboard: a
 * forged or altered sheet, a sheet against another rubric, a total that does not follow from
 * the levels, a second first version, or an amendment that skips a version.
 */
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../../shared/canonical-json';
import type { SheetContent } from '../../../shared/domain/sheet';
import { AppError } from '../../../shared/errors';
import type { JournalEntry } from '../../../shared/journal/entry';
import type { EventPayload } from '../../../shared/journal/events';
import { getAssessor } from '../assessors/queries';
import { referenceEntities, type Appliers } from '../journal/apply';
import { currentSheet, findSheet, signatureValid } from './sheet-rows';
import { assertIntegrityAccepted, assertMayAssess, sessionRubric } from './rules';
import { entryOf, scoreEntry } from './sheet-scores';

type SheetKind = 'sheet.submitted' | 'sheet.transcribed' | 'sheet.amended';

function checkKind(kind: SheetKind, sheet: SheetContent): void {
  const first = sheet.version === 1 && sheet.supersedes === null && sheet.reason === null;
  const ok =
    kind === 'sheet.submitted'
      ? first && sheet.origin === 'langsung' && sheet.signedBy === sheet.assessorId
      : kind === 'sheet.transcribed'
        ? first && sheet.origin === 'transkripsi'
        : sheet.version > 1 && sheet.supersedes !== null && Boolean(sheet.reason);
  if (!ok) throw new AppError('sheet.invalid', { detail: kind });
  if ((sheet.origin === 'transkripsi') !== (sheet.transcription !== null)) {
    throw new AppError('sheet.invalid', { detail: 'transcription' });
  }
}

function checkSigner(db: Database, sheet: SheetContent): void {
  if (sheet.origin === 'transkripsi' && sheet.transcription) {
    const { enteredBy, verifiedBy } = sheet.transcription;
    if (enteredBy === verifiedBy || ![enteredBy, verifiedBy].includes(sheet.signedBy)) {
      throw new AppError('sheet.invalid', { detail: 'operators' });
    }
    for (const operator of [enteredBy, verifiedBy]) {
      const assessor = getAssessor(db, operator);
      if (assessor.role === 'pengamat' || assessor.selectionId !== sheet.selectionId) {
        throw new AppError('assessor.observerReadOnly');
      }
    }
  }
}

function checkVersion(db: Database, sheet: SheetContent): void {
  const current = currentSheet(db, sheet);
  if (sheet.version === 1) {
    if (current) throw new AppError('sheet.alreadySubmitted');
    return;
  }
  if (!current || current.content.id !== sheet.supersedes) throw new AppError('sheet.notCurrent');
  if (sheet.version !== current.content.version + 1) throw new AppError('sheet.notCurrent');
  if (sheet.signedBy === sheet.assessorId) return;
  // Only the chair amends someone else's sheet, and only a version the chair unlocked.
  const signer = getAssessor(db, sheet.signedBy);
  const unlock = db
    .prepare('SELECT chair_id FROM sheet_unlocks WHERE sheet_id = ?')
    .pluck()
    .get(current.content.id) as string | undefined;
  if (signer.role !== 'ketua' || signer.selectionId !== sheet.selectionId || unlock !== signer.id) {
    throw new AppError('sheet.locked');
  }
}

function applySheet(
  db: Database,
  kind: SheetKind,
  payload: EventPayload<SheetKind>,
  entry: JournalEntry,
) {
  const { sheet, signature } = payload;
  checkKind(kind, sheet);
  if (!signatureValid(db, sheet, signature)) throw new AppError('sheet.badSignature');
  const { session } = assertMayAssess(db, sheet.assessorId, sheet.sessionId, sheet.candidateId);
  if (
    session.selectionId !== sheet.selectionId ||
    session.formasiId !== sheet.formasiId ||
    session.componentKey !== sheet.componentKey
  ) {
    throw new AppError('sheet.invalid', { detail: 'session' });
  }
  // Whoever types a sheet in Panitia accepted the statement; a transcription is an operator's.
  if (sheet.origin === 'langsung') assertIntegrityAccepted(getAssessor(db, sheet.signedBy));
  checkSigner(db, sheet);
  const rubric = sessionRubric(db, session);
  if (rubric.id !== sheet.rubricVersionId || rubric.contentHash !== sheet.rubricHash) {
    throw new AppError('sheet.rubricChanged');
  }
  const scored = scoreEntry(rubric.content, entryOf(sheet.scores, sheet.note));
  if (
    canonicalJson(scored.scores) !== canonicalJson(sheet.scores) ||
    scored.total.numerator !== sheet.total.numerator ||
    scored.total.denominator !== sheet.total.denominator
  ) {
    throw new AppError('sheet.invalid', { detail: 'scores' });
  }
  checkVersion(db, sheet);
  if (findSheet(db, sheet.id)) throw new AppError('sheet.alreadySubmitted');
  db.prepare(
    `UPDATE score_sheets SET is_current = 0 WHERE session_id = ? AND candidate_id = ?
       AND assessor_id = ? AND is_current = 1`,
  ).run(sheet.sessionId, sheet.candidateId, sheet.assessorId);
  db.prepare(
    `INSERT INTO score_sheets (id, session_id, candidate_id, assessor_id, selection_id, formasi_id,
       component_key, rubric_version_id, version, origin, signed_by, total, content_json,
       signature, submitted_at, is_current)
     VALUES (@id, @sessionId, @candidateId, @assessorId, @selectionId, @formasiId, @componentKey,
       @rubricVersionId, @version, @origin, @signedBy, @total, @contentJson, @signature,
       @submittedAt, 1)`,
  ).run({
    ...sheet,
    total: sheet.total.numerator / sheet.total.denominator,
    contentJson: canonicalJson(sheet),
    signature,
  });
  referenceEntities(db, entry, [sheet.id, sheet.candidateId, sheet.assessorId, sheet.sessionId]);
}

/** Appliers of the sheet entry kinds. */
export const sheetAppliers: Appliers<SheetKind | 'sheet.unlocked'> = {
  'sheet.submitted': (db, payload, entry) => applySheet(db, 'sheet.submitted', payload, entry),
  'sheet.transcribed': (db, payload, entry) => applySheet(db, 'sheet.transcribed', payload, entry),
  'sheet.amended': (db, payload, entry) => applySheet(db, 'sheet.amended', payload, entry),
  'sheet.unlocked': (db, { sheetId, chairId, reason }, entry) => {
    const sheet = findSheet(db, sheetId);
    if (!sheet) throw new AppError('sheet.notFound');
    if (!sheet.current) throw new AppError('sheet.notCurrent');
    const chair = getAssessor(db, chairId);
    if (chair.role !== 'ketua' || chair.selectionId !== sheet.content.selectionId) {
      throw new AppError('assessor.notChair');
    }
    db.prepare(
      `INSERT INTO sheet_unlocks (sheet_id, chair_id, reason, unlocked_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (sheet_id) DO NOTHING`,
    ).run(sheetId, chairId, reason, entry.ts);
    referenceEntities(db, entry, [sheetId, sheet.content.candidateId, sheet.content.assessorId]);
  },
};
