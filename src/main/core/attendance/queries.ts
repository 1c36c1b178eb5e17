/** Reads of check-ins and of candidates' selection-wide status. */
import type { Database } from 'better-sqlite3';
import type {
  AttendanceRecord,
  CandidateStatusView,
  ComponentStatus,
} from '../../../shared/domain/attendance';

const COLUMNS = `id, session_id AS sessionId, candidate_id AS candidateId, status,
  identity_checked AS identityChecked, document, at, recorded_at AS recordedAt`;

// Journal order: a correction written in the same millisecond still comes after what it corrects.
const NEWEST_FIRST = 'ORDER BY recorded_at DESC, device_id DESC, seq DESC';

type AttendanceRow = Omit<AttendanceRecord, 'identityChecked'> & { identityChecked: 0 | 1 };

/** Every check-in of a candidate in a session, oldest first: corrections keep the history. */
export function attendanceHistory(
  db: Database,
  sessionId: string,
  candidateId: string,
): AttendanceRecord[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM attendance WHERE session_id = ? AND candidate_id = ?
       ORDER BY recorded_at, device_id, seq`,
    )
    .all(sessionId, candidateId) as AttendanceRow[];
  return rows.map(toRecord);
}

/** The check-in that counts (the latest), or null when the candidate has not been checked in. */
export function latestAttendance(
  db: Database,
  sessionId: string,
  candidateId: string,
): AttendanceRecord | null {
  const row = db
    .prepare(
      `SELECT ${COLUMNS} FROM attendance WHERE session_id = ? AND candidate_id = ?
       ${NEWEST_FIRST} LIMIT 1`,
    )
    .get(sessionId, candidateId) as AttendanceRow | undefined;
  return row ? toRecord(row) : null;
}

/** A candidate's current selection-wide status; `aktif` when it never changed. */
export function candidateStatus(db: Database, candidateId: string): CandidateStatusView {
  const row = db
    .prepare(
      `SELECT status, reason, changed_at AS changedAt FROM candidate_status_changes
       WHERE candidate_id = ? ORDER BY changed_at DESC, device_id DESC, seq DESC LIMIT 1`,
    )
    .get(candidateId) as CandidateStatusView | undefined;
  return row ?? { status: 'aktif', reason: null, changedAt: null };
}

/**
 * Where a scheduled candidate stands for the session's component. APS and DIS are selection-wide
 * and outrank attendance; an absent candidate is TH for this component only.
 */
export function componentStatus(
  db: Database,
  sessionId: string,
  candidateId: string,
): ComponentStatus {
  const { status } = candidateStatus(db, candidateId);
  if (status !== 'aktif') return status;
  const latest = latestAttendance(db, sessionId, candidateId);
  if (!latest) return 'belum';
  return latest.status === 'tidak_hadir' ? 'TH' : latest.status;
}

function toRecord({ identityChecked, ...rest }: AttendanceRow): AttendanceRecord {
  return { ...rest, identityChecked: identityChecked === 1 };
}
