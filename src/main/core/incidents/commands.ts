/** Writing down an incident of a session: the chair, with their own PIN, one journal entry. */
import { randomUUID } from 'node:crypto';
import type { Incident } from '../../../shared/domain/incident';
import { AppError } from '../../../shared/errors';
import { verifyAssessorPin } from '../assessors/unlock';
import { record, type WriteContext } from '../journal/record';
import { chairOfSession } from './guards';
import { listIncidents } from './queries';

/**
 * Records incident `text` of session `sessionId` by chair `chairId` after checking the chair's
 * PIN here, in the main process. Anyone but a ketua of the session's selection is refused
 * before the PIN is checked, so a wrong choice of name costs no PIN attempt. `at` (when it
 * happened) defaults to now.
 */
export function recordIncident(
  context: WriteContext,
  sessionId: string,
  chairId: string,
  pin: string,
  fields: { text: string; at?: string },
): Incident {
  const { db } = context;
  chairOfSession(db, chairId, sessionId);
  verifyAssessorPin(db, chairId, pin, context.now());
  const id = randomUUID();
  record(context, 'incident.recorded', {
    id,
    sessionId,
    recordedBy: chairId,
    text: fields.text,
    at: fields.at ?? context.now().toISOString(),
  });
  const incident = listIncidents(db, sessionId).find((row) => row.id === id);
  if (!incident) throw new AppError('internal');
  return incident;
}
