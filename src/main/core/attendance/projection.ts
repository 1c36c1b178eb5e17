/**
 * How attendance and candidate status entries change `attendance` and
 * `candidate_status_changes`. Both tables only grow: a correction or a reinstatement is a new
 * row, and the latest counts, so the history stays readable beside the journal.
 */
import { AppError } from '../../../shared/errors';
import type { Appliers } from '../journal/apply';
import { referenceEntities } from '../journal/apply';
import { isScheduled } from '../sessions/queries';
import { candidateStatus } from './queries';

/** Appliers for `attendance.recorded` and `candidate.statusChanged`. */
export const attendanceAppliers: Appliers<'attendance.recorded' | 'candidate.statusChanged'> = {
  'attendance.recorded'(db, { id, sessionId, candidateId, fields }, entry) {
    if (!db.prepare('SELECT 1 FROM sessions WHERE id = ?').get(sessionId)) {
      throw new AppError('session.notFound');
    }
    if (!isScheduled(db, sessionId, candidateId)) throw new AppError('session.notScheduled');
    // The identity is checked on a document one has seen; nobody checks an absent candidate's.
    if (fields.identityChecked !== (fields.document !== null)) {
      throw new AppError('attendance.documentMismatch');
    }
    if (fields.status === 'tidak_hadir' && fields.identityChecked) {
      throw new AppError('attendance.absentIdentity');
    }
    db.prepare(
      `INSERT INTO attendance (id, session_id, candidate_id, status, identity_checked, document,
         at, recorded_at, device_id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      sessionId,
      candidateId,
      fields.status,
      fields.identityChecked ? 1 : 0,
      fields.document,
      fields.at,
      entry.ts,
      entry.device,
      entry.seq,
    );
    referenceEntities(db, entry, [id, sessionId, candidateId]);
  },
  'candidate.statusChanged'(db, { candidateId, status, reason }, entry) {
    if (!db.prepare('SELECT 1 FROM candidates WHERE id = ?').get(candidateId)) {
      throw new AppError('candidate.notFound');
    }
    // A disqualification must say why; so must undoing APS or DIS. A withdrawal may not.
    if (status !== 'APS' && !reason) throw new AppError('candidate.reasonRequired', { status });
    if (candidateStatus(db, candidateId).status === status) {
      throw new AppError('candidate.statusUnchanged', { status });
    }
    db.prepare(
      `INSERT INTO candidate_status_changes (candidate_id, status, reason, changed_at, device_id,
         seq) VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(candidateId, status, reason || null, entry.ts, entry.device, entry.seq);
    referenceEntities(db, entry, [candidateId]);
  },
};
