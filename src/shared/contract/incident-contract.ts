/** Channels of a session's incidents (kejadian khusus), spread into the contract. */
import { z } from 'zod';
import { Incident, MAX_INCIDENT_TEXT } from '../domain/incident';
import { Id } from '../domain/selection';
import { PinInput } from './assessor-contract';

/** The incident channels: input and output schema of each. */
export const incidentContract = {
  /** The chair, with their own PIN, writes down an incident of the session. */
  'incident:record': {
    input: z
      .object({
        sessionId: Id,
        chairId: Id,
        pin: PinInput,
        text: z.string().trim().min(1).max(MAX_INCIDENT_TEXT),
        /** When it happened; now when left out. */
        at: z.iso.datetime().optional(),
      })
      .strict(),
    output: Incident,
  },
  /** The session's incidents in the order they happened. */
  'incident:list': {
    input: z.object({ sessionId: Id }).strict(),
    output: z.array(Incident),
  },
} as const;
