/** Reading a session's incidents. */
import type { Database } from 'better-sqlite3';
import type { Incident } from '../../../shared/domain/incident';
import { getSession } from '../sessions/queries';

/** The incidents of a session in the order they happened; throws `session.notFound`. */
export function listIncidents(db: Database, sessionId: string): Incident[] {
  getSession(db, sessionId);
  return db
    .prepare(
      `SELECT i.id, i.session_id AS sessionId, i.text, i.at, i.recorded_by AS recordedBy,
         a.nama AS recordedByNama, i.recorded_at AS recordedAt
       FROM incidents i JOIN assessors a ON a.id = i.recorded_by
       WHERE i.session_id = ? ORDER BY i.at, i.device_id, i.seq`,
    )
    .all(sessionId) as Incident[];
}
