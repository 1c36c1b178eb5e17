/** The handlers of the quarantine and merge report channels (quarantine-contract.ts). */
import type { Handlers } from '../../../shared/contract/contract';
import type { WriteContext } from '../journal/record';
import { getMergeReport, listMergeReports } from '../merge/merge-reports';
import { listQuarantineItems, quarantineDetail } from '../merge/quarantine-view';
import { resolveQuarantine } from '../merge/resolve';

/** Builds the quarantine handlers over one store. */
export function quarantineHandlers(
  context: WriteContext,
): Pick<
  Handlers,
  'quarantine:list' | 'quarantine:detail' | 'quarantine:resolve' | 'merge:reports' | 'merge:report'
> {
  const { db } = context;
  return {
    'quarantine:list': () => listQuarantineItems(db),
    'quarantine:detail': ({ itemId }) => quarantineDetail(context, itemId),
    'quarantine:resolve': (input) => resolveQuarantine(context, input),
    'merge:reports': () => listMergeReports(db),
    'merge:report': ({ id }) => getMergeReport(db, id),
  };
}
