/** Reads of sessions and of who is scheduled into them and sits on their panels. */
import type { Database } from 'better-sqlite3';
import type { Session } from '../../../shared/domain/session';
import { AppError } from '../../../shared/errors';
import { getSelection } from '../selections/queries';
import { minAssessorsOf } from './component';

const COLUMNS = `s.id, s.selection_id AS selectionId, s.formasi_id AS formasiId,
  s.component_key AS componentKey, s.date, s.start_time AS startTime, s.room,
  s.created_at AS createdAt, s.panel_method AS panelMethod, s.panel_seed AS panelSeed,
  (SELECT count(*) FROM session_candidates c WHERE c.session_id = s.id) AS candidateCount,
  (SELECT count(*) FROM session_panel p WHERE p.session_id = s.id) AS panelSize`;

type SessionRow = Omit<Session, 'minAssessors'>;

/** The sessions of a selection, in the order of the day. */
export function sessionsOf(db: Database, selectionId: string): Session[] {
  getSelection(db, selectionId);
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM sessions s WHERE s.selection_id = ?
       ORDER BY s.date, s.start_time, s.room, s.id`,
    )
    .all(selectionId) as SessionRow[];
  return rows.map((row) => withMinimum(db, row));
}

/** One session, or null. */
export function findSession(db: Database, id: string): Session | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM sessions s WHERE s.id = ?`).get(id) as
    SessionRow | undefined;
  return row ? withMinimum(db, row) : null;
}

/** One session; throws `session.notFound`. */
export function getSession(db: Database, id: string): Session {
  const session = findSession(db, id);
  if (!session) throw new AppError('session.notFound');
  return session;
}

/** The ids of the session's panel, in the order they were listed or drawn. */
export function panelIds(db: Database, sessionId: string): string[] {
  return db
    .prepare('SELECT assessor_id FROM session_panel WHERE session_id = ? ORDER BY position')
    .pluck()
    .all(sessionId) as string[];
}

/** Whether the candidate is scheduled in the session. */
export function isScheduled(db: Database, sessionId: string, candidateId: string): boolean {
  return Boolean(
    db
      .prepare('SELECT 1 FROM session_candidates WHERE session_id = ? AND candidate_id = ?')
      .get(sessionId, candidateId),
  );
}

function withMinimum(db: Database, row: SessionRow): Session {
  return { ...row, minAssessors: minAssessorsOf(db, row.formasiId, row.componentKey) };
}
