/** The rule score entry passes before it accepts a sheet for a candidate, in the main process. */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { getSession, isScheduled } from '../sessions/queries';
import { componentStatus } from './queries';

/**
 * Refuses to score a candidate who is not scheduled in the session, withdrew (APS), was
 * disqualified (DIS), is absent (TH), or has not been checked in yet: a score without a
 * check-in would be a score of someone nobody saw.
 */
export function assertMayBeScored(db: Database, sessionId: string, candidateId: string): void {
  getSession(db, sessionId);
  if (!isScheduled(db, sessionId, candidateId)) throw new AppError('session.notScheduled');
  switch (componentStatus(db, sessionId, candidateId)) {
    case 'APS':
      throw new AppError('candidate.withdrawn');
    case 'DIS':
      throw new AppError('candidate.disqualified');
    case 'TH':
      throw new AppError('attendance.absent');
    case 'belum':
      throw new AppError('attendance.notCheckedIn');
    case 'hadir':
    case 'terlambat':
      return;
  }
}
