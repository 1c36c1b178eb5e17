/**
 * Who may score whom, checked in the main process for drafts, submissions and amendments alike,
 * and again by the applier so that a replayed or merged journal obeys the same rules.
 */
import type { Database } from 'better-sqlite3';
import type { Assessor } from '../../../shared/domain/assessor';
import type { Session } from '../../../shared/domain/session';
import { AppError } from '../../../shared/errors';
import type { RubricContent, RubricVersion } from '../../../shared/rubric/rubric';
import { assertMayWrite, assertNoConflict } from '../assessors/guards';
import { getAssessor } from '../assessors/queries';
import { assertMayBeScored } from '../attendance/guards';
import { getRubricShared } from '../rubrics/queries';
import { findRubricComponent } from '../sessions/component';
import { getSession, panelIds } from '../sessions/queries';

/**
 * Refuses unless `assessorId` may score the candidate in the session now: not an observer, on
 * the session's panel, no declared conflict, and the candidate scheduled, present and in the
 * running (assertMayBeScored). Returns the session and the assessor.
 */
export function assertMayAssess(
  db: Database,
  assessorId: string,
  sessionId: string,
  candidateId: string,
): { session: Session; assessor: Assessor } {
  const session = getSession(db, sessionId);
  const assessor = getAssessor(db, assessorId);
  assertMayWrite(db, assessorId);
  if (
    assessor.selectionId !== session.selectionId ||
    !panelIds(db, sessionId).includes(assessorId)
  ) {
    throw new AppError('sheet.notOnPanel');
  }
  assertNoConflict(db, assessorId, candidateId);
  assertMayBeScored(db, sessionId, candidateId);
  return { session, assessor };
}

/** Refuses an assessor who has not accepted the current integrity statement. */
export function assertIntegrityAccepted(assessor: Assessor): void {
  if (assessor.integrityAcceptedAt === null) throw new AppError('sheet.integrityRequired');
}

/** The published rubric version the session's component pins, with its content. */
export function sessionRubric(
  db: Database,
  session: Session,
): RubricVersion & { content: RubricContent } {
  const component = findRubricComponent(db, session.formasiId, session.componentKey);
  const { rubricVersionId, rubricHash } = component?.source ?? {};
  if (!rubricVersionId || !rubricHash) throw new AppError('sheet.noRubric');
  // Read only, by every sheet written or applied: the shared, frozen content.
  const rubric = getRubricShared(db, rubricVersionId);
  if (rubric.status === 'draft' || rubric.contentHash !== rubricHash) {
    throw new AppError('sheet.noRubric');
  }
  // A published version passed the final content check when it was published.
  return rubric as RubricVersion & { content: RubricContent };
}
