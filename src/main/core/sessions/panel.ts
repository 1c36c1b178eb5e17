/**
 * The effective panel of a candidate: the session's panel minus the assessors who declared a
 * conflict of interest with that candidate. A panel below the component's minimum is allowed
 * (the committee may still be completing it) but reported here, never silently accepted.
 */
import type { Database } from 'better-sqlite3';
import type { Assessor } from '../../../shared/domain/assessor';
import { getAssessor } from '../assessors/queries';
import { getSession, isScheduled, panelIds } from './queries';
import { AppError } from '../../../shared/errors';

/** A scheduled candidate whose effective panel is smaller than the component's minimum. */
export interface ShortPanel {
  candidateId: string;
  effectivePanelSize: number;
  minAssessors: number;
}

/** The session's panel for one scheduled candidate, without conflicted assessors, in order. */
export function panelFor(db: Database, sessionId: string, candidateId: string): Assessor[] {
  getSession(db, sessionId);
  if (!isScheduled(db, sessionId, candidateId)) throw new AppError('session.notScheduled');
  const conflicted = new Set(
    db
      .prepare('SELECT assessor_id FROM conflicts WHERE candidate_id = ?')
      .pluck()
      .all(candidateId) as string[],
  );
  return panelIds(db, sessionId)
    .filter((id) => !conflicted.has(id))
    .map((id) => getAssessor(db, id));
}

/** The effective panel size of every candidate scheduled in the session, by candidate id. */
export function effectivePanelSizes(db: Database, sessionId: string): Map<string, number> {
  // One query for the whole session: the detail view of a 40-candidate session stays one read.
  const rows = db
    .prepare(
      `SELECT sc.candidate_id AS candidateId,
         (SELECT count(*) FROM session_panel p
          WHERE p.session_id = sc.session_id
            AND NOT EXISTS (SELECT 1 FROM conflicts k
                            WHERE k.assessor_id = p.assessor_id
                              AND k.candidate_id = sc.candidate_id)) AS size
       FROM session_candidates sc WHERE sc.session_id = ?`,
    )
    .all(sessionId) as Array<{ candidateId: string; size: number }>;
  return new Map(rows.map(({ candidateId, size }) => [candidateId, size]));
}

/**
 * The scheduled candidates whose effective panel is below the component's minimum, by candidate
 * id. Empty when the plan no longer has the component: there is no minimum to be below.
 */
export function candidatesBelowMinimum(db: Database, sessionId: string): ShortPanel[] {
  const { minAssessors } = getSession(db, sessionId);
  if (minAssessors === null) return [];
  return [...effectivePanelSizes(db, sessionId)]
    .filter(([, size]) => size < minAssessors)
    .map(([candidateId, effectivePanelSize]) => ({ candidateId, effectivePanelSize, minAssessors }))
    .sort((a, b) => (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0));
}

/** Whether the session's panel itself is smaller than the component's minimum. */
export function isPanelIncomplete(db: Database, sessionId: string): boolean {
  const { panelSize, minAssessors } = getSession(db, sessionId);
  return minAssessors !== null && panelSize < minAssessors;
}
