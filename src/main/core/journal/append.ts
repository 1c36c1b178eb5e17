/** Appends one entry to this device's hash chain. */
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../../shared/canonical-json';
import { GENESIS_HASH, type JournalEntry } from '../../../shared/journal/entry';
import { entryHash } from './hash';

/** The last entry of a device's chain, or null for a new chain. */
export function chainHead(db: Database, device: string): { seq: number; hash: string } | null {
  const row = db
    .prepare('SELECT seq, hash FROM journal WHERE device_id = ? ORDER BY seq DESC LIMIT 1')
    .get(device) as { seq: number; hash: string } | undefined;
  return row ?? null;
}

/**
 * Writes an entry after the device's head. Call inside the transaction that changes the state,
 * so the entry and the change commit or roll back together.
 */
export function appendEntry(
  db: Database,
  device: string,
  ts: Date,
  kind: string,
  payload: Record<string, unknown>,
): JournalEntry {
  const head = chainHead(db, device);
  const canonicalPayload = canonicalJson(payload);
  const unhashed = {
    device,
    seq: (head?.seq ?? 0) + 1,
    prev: head?.hash ?? GENESIS_HASH,
    ts: ts.toISOString(),
    kind,
    // Stored and hashed exactly as canonical JSON reads back, so replay sees the same value.
    payload: JSON.parse(canonicalPayload) as Record<string, unknown>,
  };
  const hash = entryHash(unhashed);
  db.prepare(
    `INSERT INTO journal (device_id, seq, prev_hash, ts, kind, payload, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(device, unhashed.seq, unhashed.prev, unhashed.ts, kind, canonicalPayload, hash);
  return { ...unhashed, hash };
}
