/** Who has submitted for a candidate, without a single score: what the chair needs to unlock. */
import type { Database } from 'better-sqlite3';
import { SheetContent } from '../../../shared/domain/sheet';
import { signatureValid } from './sheet-rows';

/** A submitted sheet version without its scores. */
export interface SheetMeta {
  sheetId: string;
  assessorId: string;
  assessorNama: string;
  version: number;
  origin: 'langsung' | 'transkripsi';
  submittedAt: string;
  unlocked: boolean;
  signatureValid: boolean;
}

/** The current sheet versions for a candidate in a session, scores left out. */
export function sheetMetas(db: Database, sessionId: string, candidateId: string): SheetMeta[] {
  const rows = db
    .prepare(
      `SELECT s.id AS sheetId, s.assessor_id AS assessorId, a.nama AS assessorNama, s.version,
         s.origin, s.submitted_at AS submittedAt, s.content_json AS contentJson, s.signature,
         EXISTS (SELECT 1 FROM sheet_unlocks u WHERE u.sheet_id = s.id) AS unlocked
       FROM score_sheets s JOIN assessors a ON a.id = s.assessor_id
       WHERE s.session_id = ? AND s.candidate_id = ? AND s.is_current = 1
       ORDER BY a.nama, s.assessor_id`,
    )
    .all(sessionId, candidateId) as Array<
    Omit<SheetMeta, 'unlocked' | 'signatureValid'> & {
      contentJson: string;
      signature: string;
      unlocked: number;
    }
  >;
  return rows.map(({ contentJson, signature, unlocked, ...row }) => ({
    ...row,
    unlocked: unlocked === 1,
    signatureValid: signatureValid(db, SheetContent.parse(JSON.parse(contentJson)), signature),
  }));
}
