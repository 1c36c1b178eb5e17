/** Who may write a session's incidents: a chair (ketua) of the session's own selection. */
import type { Database } from 'better-sqlite3';
import type { Assessor } from '../../../shared/domain/assessor';
import { AppError } from '../../../shared/errors';
import { getAssessor } from '../assessors/queries';
import { getSession } from '../sessions/queries';

/**
 * Returns the chair when `assessorId` is a ketua of the selection of session `sessionId`;
 * throws `session.notFound`, `assessor.notFound` or `incident.notChair`. An observer is never a
 * ketua, so observers are refused here too.
 */
export function chairOfSession(db: Database, assessorId: string, sessionId: string): Assessor {
  const session = getSession(db, sessionId);
  const chair = getAssessor(db, assessorId);
  if (chair.role !== 'ketua' || chair.selectionId !== session.selectionId) {
    throw new AppError('incident.notChair');
  }
  return chair;
}
