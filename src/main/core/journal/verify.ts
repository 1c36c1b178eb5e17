/** Walks every hash chain and reports the first broken link. */
import type { Database } from 'better-sqlite3';
import { GENESIS_HASH, type BreakReason, type VerifyReport } from '../../../shared/journal/entry';
import { canonicalJson } from '../../../shared/canonical-json';
import { entryHash } from './hash';
import type { JournalRow } from './rows';

/** Checks sequence, previous-hash links and every entry's own hash, chain by chain. */
export function verifyJournal(db: Database): VerifyReport {
  const rows = db
    .prepare('SELECT * FROM journal ORDER BY device_id, seq')
    .iterate() as IterableIterator<JournalRow>;
  const chains: VerifyReport['chains'] = [];
  let firstBreak: VerifyReport['firstBreak'] = null;
  let entries = 0;
  let chain: VerifyReport['chains'][number] | null = null;
  for (const row of rows) {
    entries += 1;
    if (!chain || chain.device !== row.device_id) {
      chain = { device: row.device_id, entries: 0, headSeq: 0, headHash: GENESIS_HASH };
      chains.push(chain);
    }
    const reason: BreakReason | null = firstBreak ? null : checkLink(row, chain);
    if (reason) firstBreak = { device: row.device_id, seq: row.seq, reason };
    chain.entries += 1;
    chain.headSeq = row.seq;
    chain.headHash = row.hash;
  }
  return { ok: firstBreak === null, entries, chains, firstBreak };
}

function checkLink(
  row: JournalRow,
  chain: { headSeq: number; headHash: string },
): BreakReason | null {
  if (row.seq !== chain.headSeq + 1) return 'sequence-gap';
  if (row.prev_hash !== chain.headHash) return 'previous-hash-mismatch';
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
