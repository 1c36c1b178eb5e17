/** The audit viewer's handlers: reads only, so observers may call them too. */
import type { Handlers } from '../../../shared/contract/contract';
import { auditEntries, auditEntry, auditVerify } from '../audit/queries';
import type { HandlerContext } from '../handlers';

/** The `audit:*` part of the handlers over the context's store. */
export function auditHandlers({
  store,
}: HandlerContext): Pick<Handlers, 'audit:list' | 'audit:verify' | 'audit:entry'> {
  const { db } = store;
  return {
    'audit:list': ({ offset, limit, ...filter }) => auditEntries(db, filter, offset, limit),
    'audit:verify': () => auditVerify(db),
    'audit:entry': ({ device, seq }) => auditEntry(db, device, seq),
  };
}
