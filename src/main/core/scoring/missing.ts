/**
 * Which sheets a session still owes, by name: for every candidate present or still expected, each
 * assessor of their effective panel who has not submitted a sheet. Names and whether a draft
 * exists only: no level, note or total leaves this module, so observers may read it.
 */
import type { Database } from 'better-sqlite3';
import { componentStatus } from '../attendance/queries';
import { getSession } from '../sessions/queries';

/** Where a candidate who still owes sheets stands: checked in, or not yet at the desk. */
export type OwingStatus = 'belum' | 'hadir' | 'terlambat';

/** One sheet not yet submitted: whose, by whom, and whether the assessor has started it. */
export interface MissingSheet {
  candidateId: string;
  nomorPeserta: string;
  nama: string;
  status: OwingStatus;
  assessorId: string;
  assessorNama: string;
  /** The assessor has a draft saved (its content stays private). */
  hasDraft: boolean;
}

type PairRow = Omit<MissingSheet, 'status' | 'hasDraft'> & { hasDraft: 0 | 1 };

/**
 * The sheets the session still owes, by nomor peserta and then panel order. Absent (TH),
 * withdrawn (APS) and disqualified (DIS) candidates owe none; a conflicted assessor owes none.
 */
export function missingSheets(db: Database, sessionId: string): MissingSheet[] {
  getSession(db, sessionId);
  // One read for the whole session: every (candidate, panel member) pair without a current sheet.
  const rows = db
    .prepare(
      `SELECT c.id AS candidateId, c.nomor_peserta AS nomorPeserta, c.nama,
         a.id AS assessorId, a.nama AS assessorNama,
         EXISTS (SELECT 1 FROM sheet_drafts d WHERE d.session_id = sc.session_id
                   AND d.candidate_id = sc.candidate_id AND d.assessor_id = p.assessor_id)
           AS hasDraft
       FROM session_candidates sc
       JOIN candidates c ON c.id = sc.candidate_id
       JOIN session_panel p ON p.session_id = sc.session_id
       JOIN assessors a ON a.id = p.assessor_id
       WHERE sc.session_id = ?
         AND NOT EXISTS (SELECT 1 FROM conflicts k WHERE k.assessor_id = p.assessor_id
                           AND k.candidate_id = sc.candidate_id)
         AND NOT EXISTS (SELECT 1 FROM score_sheets s WHERE s.session_id = sc.session_id
                           AND s.candidate_id = sc.candidate_id
                           AND s.assessor_id = p.assessor_id AND s.is_current = 1)
       ORDER BY c.nomor_peserta, p.position`,
    )
    .all(sessionId) as PairRow[];
  const statuses = new Map<string, ReturnType<typeof componentStatus>>();
  const statusOf = (candidateId: string) => {
    let status = statuses.get(candidateId);
    if (status === undefined) {
      status = componentStatus(db, sessionId, candidateId);
      statuses.set(candidateId, status);
    }
    return status;
  };
  const owed: MissingSheet[] = [];
  for (const { hasDraft, ...row } of rows) {
    const status = statusOf(row.candidateId);
    if (status !== 'belum' && status !== 'hadir' && status !== 'terlambat') continue;
    owed.push({ ...row, status, hasDraft: hasDraft === 1 });
  }
  return owed;
}
