/**
 * Autosaved drafts: one row per assessor, candidate and session, replaced on every change. They
 * never enter the journal and are deleted in the transaction that submits the sheet.
 */
import type { Database } from 'better-sqlite3';
import { SheetEntry, type SheetDraft } from '../../../shared/domain/sheet';

/** The key of a draft (and of a sheet): who scores whom in which session. */
export interface SheetKey {
  sessionId: string;
  candidateId: string;
  assessorId: string;
}

/** Writes the draft; one statement, so a keystroke costs one small commit. */
export function writeDraft(db: Database, key: SheetKey, entry: SheetEntry, at: Date): SheetDraft {
  const updatedAt = at.toISOString();
  db.prepare(
    `INSERT INTO sheet_drafts (session_id, candidate_id, assessor_id, entry_json, updated_at)
     VALUES (@sessionId, @candidateId, @assessorId, @entryJson, @updatedAt)
     ON CONFLICT (session_id, candidate_id, assessor_id)
     DO UPDATE SET entry_json = excluded.entry_json, updated_at = excluded.updated_at`,
  ).run({ ...key, entryJson: JSON.stringify(entry), updatedAt });
  return { ...entry, updatedAt };
}

/** The draft, or null. A row that no longer parses is treated as no draft rather than a crash. */
export function readDraft(db: Database, key: SheetKey): SheetDraft | null {
  const row = db
    .prepare(
      `SELECT entry_json AS entryJson, updated_at AS updatedAt FROM sheet_drafts
       WHERE session_id = @sessionId AND candidate_id = @candidateId AND assessor_id = @assessorId`,
    )
    .get(key) as { entryJson: string; updatedAt: string } | undefined;
  if (!row) return null;
  const parsed = SheetEntry.safeParse(JSON.parse(row.entryJson));
  return parsed.success ? { ...parsed.data, updatedAt: row.updatedAt } : null;
}

/** Deletes the draft (after a submission). */
export function deleteDraft(db: Database, key: SheetKey): void {
  db.prepare(
    `DELETE FROM sheet_drafts
     WHERE session_id = @sessionId AND candidate_id = @candidateId AND assessor_id = @assessorId`,
  ).run(key);
}
