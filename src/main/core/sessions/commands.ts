/**
 * Writes of sessions and panels, each one journal entry. The appliers check the rules; the
 * commands only mint ids and seeds, so that nothing is generated on replay.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { DRAW_ALGORITHM, type Session, type SessionFields } from '../../../shared/domain/session';
import { getFormasi } from '../formasi/queries';
import { record, type WriteContext } from '../journal/record';
import { drawFromSeed } from './draw';
import { getSession } from './queries';

/** Opens a session of a rubric component of the formasi's plan. */
export function createSession(
  context: WriteContext,
  formasiId: string,
  componentKey: string,
  fields: SessionFields,
): Session {
  getFormasi(context.db, formasiId);
  const id = randomUUID();
  record(context, 'session.created', { id, formasiId, componentKey, fields });
  return getSession(context.db, id);
}

/** Schedules candidates of the session's formasi into it, all or none. */
export function scheduleCandidates(
  context: WriteContext,
  sessionId: string,
  candidateIds: readonly string[],
): Session {
  getSession(context.db, sessionId);
  record(context, 'session.candidatesScheduled', { sessionId, candidateIds: [...candidateIds] });
  return getSession(context.db, sessionId);
}

/**
 * Sets the session's panel by hand, replacing any earlier one. A panel below the component's
 * minimum is saved (the committee may be completing it) and reported by isPanelIncomplete.
 */
export function assignPanel(
  context: WriteContext,
  sessionId: string,
  assessorIds: readonly string[],
): Session {
  getSession(context.db, sessionId);
  record(context, 'panel.assigned', { sessionId, assessorIds: [...assessorIds] });
  return getSession(context.db, sessionId);
}

/**
 * Draws `size` assessors of `poolAssessorIds` by lot and makes them the session's panel. The seed
 * is 32 fresh random bytes unless given (e.g. one announced or rolled in the room beforehand);
 * the seed, pool, algorithm and result are journaled, so anyone can repeat the draw
 * (sessions/draw.ts).
 */
export function drawPanel(
  context: WriteContext,
  sessionId: string,
  poolAssessorIds: readonly string[],
  size: number,
  seed: string = randomBytes(32).toString('hex'),
): Session {
  getSession(context.db, sessionId);
  const pool = [...poolAssessorIds];
  // Computed here and again in the applier, which refuses a result the seed does not give.
  const assessorIds = drawFromSeed(seed, pool, size);
  record(context, 'panel.drawn', {
    sessionId,
    pool,
    size,
    seed,
    algorithm: DRAW_ALGORITHM,
    assessorIds,
  });
  return getSession(context.db, sessionId);
}
