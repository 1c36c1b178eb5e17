/** One session as the desk and the chair see it: its panel and every scheduled candidate. */
import type { Database } from 'better-sqlite3';
import type { Assessor } from '../../../shared/domain/assessor';
import type { AttendanceRecord, ComponentStatus } from '../../../shared/domain/attendance';
import type { Session } from '../../../shared/domain/session';
import { getAssessor } from '../assessors/queries';
import { componentStatus, latestAttendance } from '../attendance/queries';
import { effectivePanelSizes } from './panel';
import { getSession, panelIds } from './queries';

/** A scheduled candidate with the check-in that counts and the size of their own panel. */
export interface SessionCandidate {
  candidateId: string;
  nomorPeserta: string;
  nama: string;
  attendance: AttendanceRecord | null;
  status: ComponentStatus;
  /** The panel minus assessors with a conflict of interest with this candidate. */
  effectivePanelSize: number;
  /** Whether that is below the component's minimum. */
  belowMinimum: boolean;
}

/** A session, its panel in order, and its candidates by nomor peserta. */
export interface SessionDetail {
  session: Session;
  panel: Assessor[];
  panelIncomplete: boolean;
  candidates: SessionCandidate[];
}

/** The detail of one session; throws `session.notFound`. */
export function sessionDetail(db: Database, sessionId: string): SessionDetail {
  const session = getSession(db, sessionId);
  const sizes = effectivePanelSizes(db, sessionId);
  const rows = db
    .prepare(
      `SELECT c.id AS candidateId, c.nomor_peserta AS nomorPeserta, c.nama
       FROM session_candidates sc JOIN candidates c ON c.id = sc.candidate_id
       WHERE sc.session_id = ? ORDER BY c.nomor_peserta`,
    )
    .all(sessionId) as Array<Pick<SessionCandidate, 'candidateId' | 'nomorPeserta' | 'nama'>>;
  const { minAssessors } = session;
  const candidates = rows.map((row) => {
    const effectivePanelSize = sizes.get(row.candidateId) ?? 0;
    return {
      ...row,
      attendance: latestAttendance(db, sessionId, row.candidateId),
      status: componentStatus(db, sessionId, row.candidateId),
      effectivePanelSize,
      belowMinimum: minAssessors !== null && effectivePanelSize < minAssessors,
    };
  });
  return {
    session,
    panel: panelIds(db, sessionId).map((id) => getAssessor(db, id)),
    panelIncomplete: minAssessors !== null && session.panelSize < minAssessors,
    candidates,
  };
}
