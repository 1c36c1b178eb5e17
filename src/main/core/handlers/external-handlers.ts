/** The handlers of the external-score import: check a file, and import it, every row or none. */
import type { Handlers } from '../../../shared/contract/contract';
import { checkExternalScores, importExternalScores } from '../external/import-external';
import type { Store } from '../store/open-store';

type ExternalChannel = 'externalScores:check' | 'externalScores:import';

/** Builds the external-score handlers over one store (imports back it up first). */
export function externalHandlers(store: Store): Pick<Handlers, ExternalChannel> {
  return {
    'externalScores:check': ({ contentBase64, ...input }) =>
      checkExternalScores(store, { ...input, bytes: Buffer.from(contentBase64, 'base64') }),
    'externalScores:import': ({ contentBase64, ...input }) =>
      importExternalScores(store, { ...input, bytes: Buffer.from(contentBase64, 'base64') }),
  };
}
