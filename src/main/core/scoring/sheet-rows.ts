/** Reading stored sheet versions back, with their signatures checked against the signer's key. */
import type { Database } from 'better-sqlite3';
import { SheetContent, type SheetView } from '../../../shared/domain/sheet';
import { verifyCanonical } from '../crypto/sign';
import type { SheetKey } from './drafts';

interface SheetRow {
  contentJson: string;
  signature: string;
  total: number;
  isCurrent: number;
  unlocked: number;
}

const SELECT = `SELECT s.content_json AS contentJson, s.signature, s.total, s.is_current AS isCurrent,
  EXISTS (SELECT 1 FROM sheet_unlocks u WHERE u.sheet_id = s.id) AS unlocked
  FROM score_sheets s`;

/** The public key the signer had at `keyVersion`, or null. */
export function signerKey(db: Database, signerId: string, keyVersion: number): string | null {
  return (
    (db
      .prepare('SELECT public_key FROM assessor_keys WHERE assessor_id = ? AND key_version = ?')
      .pluck()
      .get(signerId, keyVersion) as string | undefined) ?? null
  );
}

/** Whether `signature` is the signer's signature of `content` (with the key of its version). */
export function signatureValid(db: Database, content: SheetContent, signature: string): boolean {
  const key = signerKey(db, content.signedBy, content.keyVersion);
  return key !== null && verifyCanonical(key, content, signature);
}

function toView(db: Database, row: SheetRow): SheetView {
  const content = SheetContent.parse(JSON.parse(row.contentJson));
  return {
    content,
    signature: row.signature,
    total: row.total,
    current: row.isCurrent === 1,
    signatureValid: signatureValid(db, content, row.signature),
    unlocked: row.unlocked === 1,
  };
}

/** One sheet version by id, or null. */
export function findSheet(db: Database, id: string): SheetView | null {
  const row = db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as SheetRow | undefined;
  return row ? toView(db, row) : null;
}

/** The current version of an assessor's sheet for a candidate in a session, or null. */
export function currentSheet(db: Database, key: SheetKey): SheetView | null {
  const row = db
    .prepare(
      `${SELECT} WHERE s.session_id = @sessionId AND s.candidate_id = @candidateId
         AND s.assessor_id = @assessorId AND s.is_current = 1`,
    )
    .get(key) as SheetRow | undefined;
  return row ? toView(db, row) : null;
}

/** Every version of an assessor's sheet, oldest first. */
export function sheetVersions(db: Database, key: SheetKey): SheetView[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE s.session_id = @sessionId AND s.candidate_id = @candidateId
         AND s.assessor_id = @assessorId ORDER BY s.version`,
    )
    .all(key) as SheetRow[];
  return rows.map((row) => toView(db, row));
}

/** The current sheets of every assessor for a candidate in a session, by assessor. */
export function currentSheetsOf(db: Database, sessionId: string, candidateId: string): SheetView[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE s.session_id = ? AND s.candidate_id = ? AND s.is_current = 1
       ORDER BY s.assessor_id`,
    )
    .all(sessionId, candidateId) as SheetRow[];
  return rows.map((row) => toView(db, row));
}
