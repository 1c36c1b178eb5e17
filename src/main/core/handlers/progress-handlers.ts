/** The handlers of the chair's dashboard beyond the counts: the sheets each session still owes. */
import type { Handlers } from '../../../shared/contract/contract';
import type { WriteContext } from '../journal/record';
import { missingSheets } from '../scoring/missing';

/** Builds the dashboard handlers over one store. */
export function progressHandlers(context: WriteContext): Pick<Handlers, 'scoring:missing'> {
  const { db } = context;
  return {
    'scoring:missing': ({ sessionId }) => missingSheets(db, sessionId),
  };
}
