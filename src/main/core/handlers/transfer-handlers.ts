/** The handlers of the trust registry and setup package channels (transfer-contract.ts). */
import type { Handlers } from '../../../shared/contract/contract';
import { setupContents } from '../bundle/setup-package';
import type { WriteContext } from '../journal/record';
import { listTrust, pinKey, revokeKey } from '../trust/registry';

/** Builds the transfer handlers over one store. */
export function transferHandlers(
  context: WriteContext,
): Pick<Handlers, 'trust:list' | 'trust:pin' | 'trust:revoke' | 'setup:contents'> {
  const { db } = context;
  return {
    'trust:list': () => listTrust(db),
    'trust:pin': (input) => pinKey(context, input),
    'trust:revoke': ({ fingerprint, reason }) => revokeKey(context, fingerprint, reason),
    'setup:contents': () => setupContents(db),
  };
}
