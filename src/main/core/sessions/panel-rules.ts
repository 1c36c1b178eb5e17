/** Who may sit on a session's panel; the appliers call this, so a replayed journal obeys it too. */
import type { Database } from 'better-sqlite3';
import type { Session } from '../../../shared/domain/session';
import { AppError } from '../../../shared/errors';
import { assertMayWrite } from '../assessors/guards';
import { getAssessor } from '../assessors/queries';

/**
 * Refuses a list with a repeated assessor, an assessor of another selection, or an observer
 * (pengamat): an observer changes nothing, and scoring is a change. ketua, sekretaris and
 * penguji may all assess.
 */
export function assertPanelEligible(
  db: Database,
  session: Pick<Session, 'selectionId'>,
  assessorIds: readonly string[],
): void {
  if (new Set(assessorIds).size !== assessorIds.length) {
    throw new AppError('panel.duplicateAssessor');
  }
  for (const id of assessorIds) {
    if (getAssessor(db, id).selectionId !== session.selectionId) {
      throw new AppError('panel.assessorOtherSelection');
    }
    assertMayWrite(db, id);
  }
}
