/**
 * The chair's dashboard: per session (one component of one formasi), how many sheets are
 * expected, drafted, submitted and missing, who is absent or out, and the conflicts that shrink
 * panels. Counts only: no score leaves this module, so observers may read it.
 */
import type { Database } from 'better-sqlite3';
import { componentStatus } from '../attendance/queries';
import { effectivePanelSizes } from '../sessions/panel';
import { sessionsOf } from '../sessions/queries';
import type { Session } from '../../../shared/domain/session';

/** The progress of one session. */
export interface SessionProgress {
  session: Session;
  formasiCode: string;
  scheduled: number;
  /** Checked in (hadir or terlambat). */
  present: number;
  /** Not checked in yet. */
  waiting: number;
  /** Tidak hadir (TH). */
  absent: number;
  /** Withdrew (APS) or disqualified (DIS). */
  out: number;
  /** Declared conflicts between the panel and the scheduled candidates. */
  conflicts: number;
  /** Sheets owed: the effective panel of every candidate present or still expected. */
  expected: number;
  /** Sheets of what is expected that an assessor has started but not submitted. */
  drafts: number;
  /** Sheets of what is expected that are submitted (a withdrawn candidate's no longer count). */
  submitted: number;
  /** Expected sheets not submitted yet; `missingSheets` names them. */
  missing: number;
  /** Every candidate is accounted for and every expected sheet submitted. */
  complete: boolean;
}

/** The progress of every session of a selection, in the order of the day. */
export function selectionProgress(db: Database, selectionId: string): SessionProgress[] {
  return sessionsOf(db, selectionId).map((session) => sessionProgress(db, session));
}

function count(db: Database, sql: string, sessionId: string): number {
  return db.prepare(sql).pluck().get(sessionId) as number;
}

/** Per candidate of the session, how many rows `sql` (candidate_id, n) counts. */
function perCandidate(db: Database, sql: string, sessionId: string): Map<string, number> {
  const rows = db.prepare(sql).raw().all(sessionId) as Array<[string, number]>;
  return new Map(rows);
}

/** The progress of one session. */
export function sessionProgress(db: Database, session: Session): SessionProgress {
  const sizes = effectivePanelSizes(db, session.id);
  // Only sheets of assessors still on the candidate's panel count towards what is owed.
  const sheets = perCandidate(
    db,
    `SELECT s.candidate_id, count(*) FROM score_sheets s
     JOIN session_panel p ON p.session_id = s.session_id AND p.assessor_id = s.assessor_id
     WHERE s.session_id = ? AND s.is_current = 1
       AND NOT EXISTS (SELECT 1 FROM conflicts k WHERE k.assessor_id = s.assessor_id
                         AND k.candidate_id = s.candidate_id)
     GROUP BY s.candidate_id`,
    session.id,
  );
  const started = perCandidate(
    db,
    `SELECT d.candidate_id, count(*) FROM sheet_drafts d
     JOIN session_panel p ON p.session_id = d.session_id AND p.assessor_id = d.assessor_id
     WHERE d.session_id = ?
       AND NOT EXISTS (SELECT 1 FROM conflicts k WHERE k.assessor_id = d.assessor_id
                         AND k.candidate_id = d.candidate_id)
       AND NOT EXISTS (SELECT 1 FROM score_sheets s WHERE s.session_id = d.session_id
         AND s.candidate_id = d.candidate_id AND s.assessor_id = d.assessor_id)
     GROUP BY d.candidate_id`,
    session.id,
  );
  const tally = { present: 0, waiting: 0, absent: 0, out: 0, expected: 0 };
  let submitted = 0;
  let drafts = 0;
  let missing = 0;
  for (const [candidateId, size] of sizes) {
    const status = componentStatus(db, session.id, candidateId);
    if (status === 'hadir' || status === 'terlambat') tally.present += 1;
    else if (status === 'belum') tally.waiting += 1;
    else if (status === 'TH') tally.absent += 1;
    else tally.out += 1;
    if (status !== 'hadir' && status !== 'terlambat' && status !== 'belum') continue;
    // Counted per candidate still expected: the sheets of a candidate who withdrew after being
    // scored must not make up for another candidate's missing ones.
    const done = Math.min(size, sheets.get(candidateId) ?? 0);
    tally.expected += size;
    submitted += done;
    missing += size - done;
    drafts += started.get(candidateId) ?? 0;
  }
  const conflicts = count(
    db,
    `SELECT count(*) FROM conflicts k
     JOIN session_panel p ON p.assessor_id = k.assessor_id
     JOIN session_candidates sc ON sc.session_id = p.session_id AND sc.candidate_id = k.candidate_id
     WHERE p.session_id = ?`,
    session.id,
  );
  const formasiCode = db
    .prepare('SELECT code FROM formasi WHERE id = ?')
    .pluck()
    .get(session.formasiId) as string;
  return {
    session,
    formasiCode,
    scheduled: sizes.size,
    ...tally,
    conflicts,
    drafts,
    submitted,
    missing,
    complete: sizes.size > 0 && tally.waiting === 0 && missing === 0,
  };
}
