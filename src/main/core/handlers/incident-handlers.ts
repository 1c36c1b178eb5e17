/** The handlers of the incident channels (src/shared/contract/incident-contract.ts). */
import type { Handlers } from '../../../shared/contract/contract';
import type { incidentContract } from '../../../shared/contract/incident-contract';
import { recordIncident } from '../incidents/commands';
import { listIncidents } from '../incidents/queries';
import type { Store } from '../store/open-store';

/** The incident part of the handlers. */
export function incidentHandlers(store: Store): Pick<Handlers, keyof typeof incidentContract> {
  return {
    'incident:record': ({ sessionId, chairId, pin, text, at }) =>
      recordIncident(store, sessionId, chairId, pin, { text, at }),
    'incident:list': ({ sessionId }) => listIncidents(store.db, sessionId),
  };
}
