/** Incidents (kejadian khusus) of a session: what the chair writes down for the berita acara. */
import { z } from 'zod';
import { Id } from './selection';

/** The longest incident text the chair may write. */
export const MAX_INCIDENT_TEXT = 2000;

/** What the chair types: what happened, and when (now when left out). */
export const IncidentFields = z.object({
  text: z.string().trim().min(1).max(MAX_INCIDENT_TEXT),
  at: z.iso.datetime(),
});
export type IncidentFields = z.infer<typeof IncidentFields>;

/** An incident as stored and listed, with the chair who recorded it. */
export const Incident = IncidentFields.extend({
  id: Id,
  sessionId: Id,
  recordedBy: Id,
  recordedByNama: z.string(),
  recordedAt: z.string(),
});
export type Incident = z.infer<typeof Incident>;
