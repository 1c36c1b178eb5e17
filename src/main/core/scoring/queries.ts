/**
 * What the score-entry screen reads, with sealed scoring enforced here: an assessor sees other
 * assessors' scores for a candidate only after submitting their own sheet for that candidate.
 */
import type { Database } from 'better-sqlite3';
import type { ComponentStatus } from '../../../shared/domain/attendance';
import type { Session } from '../../../shared/domain/session';
import type { OwnSheetState, SheetDraft, SheetView } from '../../../shared/domain/sheet';
import { AppError } from '../../../shared/errors';
import { getAssessor } from '../assessors/queries';
import { componentStatus } from '../attendance/queries';
import { getSession, panelIds } from '../sessions/queries';
import { readDraft, type SheetKey } from './drafts';
import { currentSheet, currentSheetsOf, findSheet, sheetVersions } from './sheet-rows';

/** A candidate in an assessor's queue for a session. */
export interface QueueItem {
  candidateId: string;
  nomorPeserta: string;
  nama: string;
  status: ComponentStatus;
  own: OwnSheetState;
  /** The version of the assessor's current submitted sheet, or null. */
  version: number | null;
}

/** The sessions whose panel the assessor sits on, in the order of the day. */
export function sessionsOfAssessor(db: Database, assessorId: string): Session[] {
  const ids = db
    .prepare(
      `SELECT s.id FROM session_panel p JOIN sessions s ON s.id = p.session_id
       WHERE p.assessor_id = ? ORDER BY s.date, s.start_time, s.room, s.id`,
    )
    .pluck()
    .all(assessorId) as string[];
  return ids.map((id) => getSession(db, id));
}

/**
 * The assessor's queue: the session's candidates by nomor peserta, without those the assessor
 * declared a conflict with (they are off that candidate's panel), each with where the assessor's
 * own sheet stands. Refused for someone not on the panel.
 */
export function assessorQueue(db: Database, assessorId: string, sessionId: string): QueueItem[] {
  getSession(db, sessionId);
  if (!panelIds(db, sessionId).includes(assessorId)) throw new AppError('sheet.notOnPanel');
  const rows = db
    .prepare(
      `SELECT c.id AS candidateId, c.nomor_peserta AS nomorPeserta, c.nama,
         (SELECT version FROM score_sheets s WHERE s.session_id = sc.session_id
            AND s.candidate_id = c.id AND s.assessor_id = @assessorId AND s.is_current = 1) AS version,
         EXISTS (SELECT 1 FROM sheet_drafts d WHERE d.session_id = sc.session_id
            AND d.candidate_id = c.id AND d.assessor_id = @assessorId) AS hasDraft
       FROM session_candidates sc JOIN candidates c ON c.id = sc.candidate_id
       WHERE sc.session_id = @sessionId
         AND NOT EXISTS (SELECT 1 FROM conflicts k WHERE k.assessor_id = @assessorId
                           AND k.candidate_id = c.id)
       ORDER BY c.nomor_peserta`,
    )
    .all({ sessionId, assessorId }) as Array<
    Omit<QueueItem, 'status' | 'own'> & { hasDraft: number }
  >;
  return rows.map(({ hasDraft, ...row }) => ({
    ...row,
    status: componentStatus(db, sessionId, row.candidateId),
    own: row.version !== null ? 'terkirim' : hasDraft ? 'draf' : 'kosong',
  }));
}

/** The caller's own sheet for a candidate: the draft, and every submitted version. */
export interface OwnSheet {
  draft: SheetDraft | null;
  current: SheetView | null;
  versions: SheetView[];
}

/** Reads the caller's own draft and versions; nobody else's. */
export function ownSheet(db: Database, key: SheetKey): OwnSheet {
  return {
    draft: readDraft(db, key),
    current: currentSheet(db, key),
    versions: sheetVersions(db, key),
  };
}

/**
 * The current sheets of every assessor for the candidate in the session: `sheet.sealed` until
 * the caller has submitted their own. This is the seal; the UI only mirrors it.
 */
export function panelSheets(
  db: Database,
  callerId: string,
  sessionId: string,
  candidateId: string,
): SheetView[] {
  if (!currentSheet(db, { sessionId, candidateId, assessorId: callerId })) {
    throw new AppError('sheet.sealed');
  }
  return currentSheetsOf(db, sessionId, candidateId);
}

/**
 * A sheet the chair unlocked, so the chair can amend it; anyone else gets only their own sheet
 * (any version) and otherwise `sheet.sealed`.
 */
export function sheetForAmendment(db: Database, callerId: string, sheetId: string): SheetView {
  const sheet = findSheet(db, sheetId);
  if (!sheet) throw new AppError('sheet.notFound');
  if (sheet.content.assessorId === callerId) return sheet;
  const caller = getAssessor(db, callerId);
  const unlockedBy = db
    .prepare('SELECT chair_id FROM sheet_unlocks WHERE sheet_id = ?')
    .pluck()
    .get(sheetId) as string | undefined;
  if (caller.role === 'ketua' && unlockedBy === callerId) return sheet;
  throw new AppError('sheet.sealed');
}
