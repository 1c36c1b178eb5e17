/** Writes at the check-in desk and of candidates' status, each one journal entry. */
import { randomUUID } from 'node:crypto';
import type {
  AttendanceFields,
  AttendanceRecord,
  CandidateStatus,
  CandidateStatusView,
} from '../../../shared/domain/attendance';
import { AppError } from '../../../shared/errors';
import { record, type WriteContext } from '../journal/record';
import { candidateStatus, latestAttendance } from './queries';

/**
 * Records a check-in of a scheduled candidate; `at` defaults to now. A correction is simply a
 * new check-in: the latest counts and the earlier ones stay in the history.
 */
export function recordAttendance(
  context: WriteContext,
  sessionId: string,
  candidateId: string,
  fields: Omit<AttendanceFields, 'at'> & { at?: string },
): AttendanceRecord {
  const at = fields.at ?? context.now().toISOString();
  record(context, 'attendance.recorded', {
    id: randomUUID(),
    sessionId,
    candidateId,
    fields: { ...fields, at },
  });
  const latest = latestAttendance(context.db, sessionId, candidateId);
  if (!latest) throw new AppError('internal');
  return latest;
}

/**
 * Changes a candidate's selection-wide status: APS (withdrew), DIS (disqualified; reason
 * required) or back to aktif (reason required). It holds for every component of the selection.
 */
export function changeCandidateStatus(
  context: WriteContext,
  candidateId: string,
  status: CandidateStatus,
  reason: string | null,
): CandidateStatusView {
  const trimmed = reason?.trim() || null;
  record(context, 'candidate.statusChanged', { candidateId, status, reason: trimmed });
  return candidateStatus(context.db, candidateId);
}
