/** Walks every hash chain and reports its broken links: the first one, or every one. */
import type { Database } from 'better-sqlite3';
import { GENESIS_HASH, type BreakReason, type VerifyReport } from '../../../shared/journal/entry';
import { canonicalJson } from '../../../shared/canonical-json';
import { entryHash } from './hash';
import type { JournalRow } from './rows';

/** One entry that no longer verifies. */
export interface ChainBreak {
  device: string;
  seq: number;
  reason: BreakReason;
}

/** Every chain walked to its end, with every entry that does not verify. */
export interface FullVerifyReport {
  ok: boolean;
  entries: number;
  chains: VerifyReport['chains'];
  breaks: ChainBreak[];
}

/** Checks sequence, previous-hash links and every entry's own hash; reports the first break. */
export function verifyJournal(db: Database): VerifyReport {
  const { ok, entries, chains, breaks } = verifyEveryLink(db);
  return { ok, entries, chains, firstBreak: breaks[0] ?? null };
}

/**
 * Checks every entry of every chain, in device then sequence order. After a break the walk goes
 * on against the **stored** seq and hash of the entry before, so one edited entry shows as
 * exactly the entries that no longer verify (itself, or the next one if it was re-hashed).
 */
export function verifyEveryLink(db: Database): FullVerifyReport {
  const rows = db
    .prepare('SELECT * FROM journal ORDER BY device_id, seq')
    .iterate() as IterableIterator<JournalRow>;
  const chains: VerifyReport['chains'] = [];
  const breaks: ChainBreak[] = [];
  let entries = 0;
  let chain: VerifyReport['chains'][number] | null = null;
  for (const row of rows) {
    entries += 1;
    if (!chain || chain.device !== row.device_id) {
      chain = { device: row.device_id, entries: 0, headSeq: 0, headHash: GENESIS_HASH };
      chains.push(chain);
    }
    const reason = linkBreak(row, chain);
    if (reason) breaks.push({ device: row.device_id, seq: row.seq, reason });
    chain.entries += 1;
    chain.headSeq = row.seq;
    chain.headHash = row.hash;
  }
  return { ok: breaks.length === 0, entries, chains, breaks };
}

/**
 * Why `row` does not verify after the stored entry before it in its chain (`headSeq` 0 and the
 * genesis hash for the first), or null when it does.
 */
export function linkBreak(
  row: JournalRow,
  before: { headSeq: number; headHash: string },
): BreakReason | null {
  if (row.seq !== before.headSeq + 1) return 'sequence-gap';
  if (row.prev_hash !== before.headHash) return 'previous-hash-mismatch';
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(row.payload) as Record<string, unknown>;
    // A payload that is not stored canonically could hash the same yet read differently.
    if (canonicalJson(payload) !== row.payload) return 'unreadable-payload';
  } catch {
    return 'unreadable-payload';
  }
  const expected = entryHash({
    device: row.device_id,
    seq: row.seq,
    prev: row.prev_hash,
    ts: row.ts,
    kind: row.kind,
    payload,
  });
  return expected === row.hash ? null : 'hash-mismatch';
}
