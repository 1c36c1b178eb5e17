/** The decisions on quarantine items, as the journal holds them: the latest per item counts. */
import type { Database } from 'better-sqlite3';
import type { QuarantineDecision } from '../../../shared/domain/merge';

/** One decision on a quarantine item. */
export interface Resolution {
  itemId: string;
  decision: QuarantineDecision;
  choice: string | null;
  reason: string;
  device: string;
  seq: number;
  ts: string;
}

/**
 * The latest decision per item, latest by time then device and sequence: the same order on every
 * installation, so two offices that merged the same decisions agree on which one counts.
 */
export function latestResolutions(db: Database): Map<string, Resolution> {
  const rows = db
    .prepare(
      `SELECT device_id AS device, seq, ts,
         json_extract(payload, '$.itemId') AS itemId,
         json_extract(payload, '$.decision') AS decision,
         json_extract(payload, '$.choice') AS choice,
         json_extract(payload, '$.reason') AS reason
       FROM journal WHERE kind = 'quarantine.resolved' ORDER BY ts, device_id, seq`,
    )
    .all() as Resolution[];
  const latest = new Map<string, Resolution>();
  for (const row of rows) latest.set(row.itemId, row);
  return latest;
}
