/** Conversion between journal rows in SQLite and {@link JournalEntry} values. */
import type { JournalEntry } from '../../../shared/journal/entry';

/** A row of the `journal` table. */
export interface JournalRow {
  device_id: string;
  seq: number;
  prev_hash: string;
  ts: string;
  kind: string;
  payload: string;
  hash: string;
}

/** The entry a row stores; the payload column holds canonical JSON. */
export function rowToEntry(row: JournalRow): JournalEntry {
  return {
    device: row.device_id,
    seq: row.seq,
    prev: row.prev_hash,
    ts: row.ts,
    kind: row.kind,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    hash: row.hash,
  };
}
