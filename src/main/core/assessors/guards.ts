/**
 * Rules every write by an assessor passes, in the main process: the UI hiding a button is a
 * convenience, these are the enforcement.
 */
import type { Database } from 'better-sqlite3';
import type { Assessor } from '../../../shared/domain/assessor';
import { AppError } from '../../../shared/errors';
import { findConflict, getAssessor } from './queries';

/** Refuses an observer (pengamat): they read progress and the audit trail and change nothing. */
export function assertMayWrite(db: Database, assessorId: string): void {
  if (getAssessor(db, assessorId).role === 'pengamat') {
    throw new AppError('assessor.observerReadOnly');
  }
}

/** Refuses an assessor who declared a conflict of interest with the candidate. */
export function assertNoConflict(db: Database, assessorId: string, candidateId: string): void {
  if (findConflict(db, assessorId, candidateId)) throw new AppError('assessor.conflicted');
}

/** Refuses anyone but a chair (ketua) of the assessor's own selection. */
export function requireChairOf(db: Database, chairId: string, assessor: Assessor): void {
  const chair = getAssessor(db, chairId);
  if (chair.role !== 'ketua' || chair.selectionId !== assessor.selectionId) {
    throw new AppError('assessor.notChair');
  }
}
