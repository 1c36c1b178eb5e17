/**
 * How merge entries change the state. Fork markers, resolutions and setup receipts change what the
 * replay takes in (replay-plan.ts reads them before replaying); only the reports have a table.
 */
import { canonicalJson } from '../../../shared/canonical-json';
import type { Appliers } from '../journal/apply';

/** Appliers for `setup.received`, `merge.*` and `quarantine.resolved`. */
export const mergeAppliers: Appliers<
  'setup.received' | 'merge.forkFound' | 'merge.recorded' | 'quarantine.resolved'
> = {
  'setup.received'() {},
  'merge.forkFound'() {},
  'quarantine.resolved'() {},
  'merge.recorded'(db, { id, report, signature }, entry) {
    const publicKey = db
      .prepare('SELECT public_key FROM device_keys WHERE device_id = ?')
      .pluck()
      .get(entry.device) as string | undefined;
    db.prepare(
      `INSERT INTO merge_reports (id, device_id, seq, recorded_at, report, signature, public_key)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, entry.device, entry.seq, entry.ts, canonicalJson(report), signature, publicKey ?? '');
  },
};
