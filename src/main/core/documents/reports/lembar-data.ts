/**
 * What the lembar penilaian prints: every current sheet version of a session (or of one
 * candidate), with the rubric version it was scored on, who scored and signed it, the
 * fingerprint of the signing key and whether the signature verifies now.
 */
import type { Database } from 'better-sqlite3';
import type { Assessor } from '../../../../shared/domain/assessor';
import type { SheetView } from '../../../../shared/domain/sheet';
import { AppError } from '../../../../shared/errors';
import { RubricContent } from '../../../../shared/rubric/rubric';
import { findAssessor, getAssessor } from '../../assessors/queries';
import { findRubric } from '../../rubrics/queries';
import { findSheet } from '../../scoring/sheet-rows';
import { isScheduled } from '../../sessions/queries';

/** One sheet version with everything its page shows. */
export interface LembarSheet {
  view: SheetView;
  candidate: { id: string; nomorPeserta: string; nama: string };
  assessor: Assessor;
  signer: Assessor;
  /** The fingerprint of the signer's key of the sheet's key version. */
  signerFingerprint: string;
  rubric: { title: string; version: number; contentHash: string; content: RubricContent };
  /** Names of the operators of a transcribed sheet. */
  enteredBy: string | null;
  verifiedBy: string | null;
}

/**
 * The current sheets of session `sessionId` (only candidate `candidateId`'s when given), by
 * nomor peserta, then panel order. Throws `session.notScheduled` for a candidate not in the
 * session and `document.noSheets` when there is no submitted sheet to print.
 */
export function lembarSheets(db: Database, sessionId: string, candidateId?: string): LembarSheet[] {
  if (candidateId !== undefined && !isScheduled(db, sessionId, candidateId)) {
    throw new AppError('session.notScheduled');
  }
  const ids = db
    .prepare(
      `SELECT s.id FROM score_sheets s
       JOIN candidates c ON c.id = s.candidate_id
       LEFT JOIN session_panel p ON p.session_id = s.session_id AND p.assessor_id = s.assessor_id
       WHERE s.session_id = @sessionId AND s.is_current = 1
         AND (@candidateId IS NULL OR s.candidate_id = @candidateId)
       ORDER BY c.nomor_peserta, p.position IS NULL, p.position, s.assessor_id`,
    )
    .pluck()
    .all({ sessionId, candidateId: candidateId ?? null }) as string[];
  if (ids.length === 0) throw new AppError('document.noSheets');
  const rubrics = new Map<string, LembarSheet['rubric']>();
  return ids.map((id) => {
    const view = findSheet(db, id);
    if (!view) throw new AppError('internal');
    const { content } = view;
    let rubric = rubrics.get(content.rubricVersionId);
    if (!rubric) {
      rubric = rubricOf(db, content.rubricVersionId);
      rubrics.set(content.rubricVersionId, rubric);
    }
    const name = (assessorId: string) => findAssessor(db, assessorId)?.nama ?? assessorId;
    return {
      view,
      candidate: candidateOf(db, content.candidateId),
      assessor: getAssessor(db, content.assessorId),
      signer: getAssessor(db, content.signedBy),
      signerFingerprint: fingerprintOf(db, content.signedBy, content.keyVersion),
      rubric,
      enteredBy: content.transcription ? name(content.transcription.enteredBy) : null,
      verifiedBy: content.transcription ? name(content.transcription.verifiedBy) : null,
    };
  });
}

function candidateOf(db: Database, id: string): LembarSheet['candidate'] {
  return db
    .prepare('SELECT id, nomor_peserta AS nomorPeserta, nama FROM candidates WHERE id = ?')
    .get(id) as LembarSheet['candidate'];
}

function fingerprintOf(db: Database, assessorId: string, keyVersion: number): string {
  const fingerprint = db
    .prepare('SELECT fingerprint FROM assessor_keys WHERE assessor_id = ? AND key_version = ?')
    .pluck()
    .get(assessorId, keyVersion) as string | undefined;
  // A sheet is only stored after its signature verified against this key: it exists.
  if (fingerprint === undefined) throw new AppError('internal');
  return fingerprint;
}

function rubricOf(db: Database, id: string): LembarSheet['rubric'] {
  const version = findRubric(db, id);
  if (!version) throw new AppError('internal');
  const content = RubricContent.parse(version.content);
  return {
    title: content.title,
    version: version.version,
    contentHash: version.contentHash,
    content,
  };
}
