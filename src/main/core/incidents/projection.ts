/** How `incident.recorded` entries fill `incidents`; a row is never changed or removed. */
import { AppError } from '../../../shared/errors';
import type { Appliers } from '../journal/apply';
import { referenceEntities } from '../journal/apply';
import { chairOfSession } from './guards';

/** The applier of `incident.recorded`. */
export const incidentAppliers: Appliers<'incident.recorded'> = {
  'incident.recorded'(db, { id, sessionId, text, at, recordedBy }, entry) {
    // Checked again on replay: a journal from elsewhere must not slip in a non-chair's incident.
    chairOfSession(db, recordedBy, sessionId);
    if (db.prepare('SELECT 1 FROM incidents WHERE id = ?').get(id)) throw new AppError('internal');
    db.prepare(
      `INSERT INTO incidents (id, session_id, text, recorded_by, at, recorded_at, device_id, seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, sessionId, text, recordedBy, at, entry.ts, entry.device, entry.seq);
    referenceEntities(db, entry, [id, sessionId, recordedBy]);
  },
};
