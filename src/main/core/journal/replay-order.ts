/** The order in which entries of several chains are replayed. */
import type { Database } from 'better-sqlite3';
import type { JournalEntry } from '../../../shared/journal/entry';
import { rowToEntry, type JournalRow } from './rows';

/**
 * Every entry, each chain in sequence order, chains interleaved by timestamp (then device id).
 * Within a chain the sequence wins over the clock, because a laptop's clock can go backwards.
 */
export function entriesInReplayOrder(db: Database): JournalEntry[] {
  const rows = db.prepare('SELECT * FROM journal ORDER BY device_id, seq').all() as JournalRow[];
  const chains = new Map<string, JournalEntry[]>();
  for (const row of rows) {
    const chain = chains.get(row.device_id) ?? [];
    chain.push(rowToEntry(row));
    chains.set(row.device_id, chain);
  }
  if (chains.size <= 1) return [...chains.values()].flat();
  const heads = [...chains.values()].map((chain) => ({ chain, next: 0 }));
  const ordered: JournalEntry[] = [];
  for (;;) {
    let best: { chain: JournalEntry[]; next: number } | null = null;
    for (const head of heads) {
      const candidate = head.chain[head.next];
      if (!candidate) continue;
      const current = best?.chain[best.next];
      if (!current || before(candidate, current)) best = head;
    }
    if (!best) return ordered;
    ordered.push(best.chain[best.next] as JournalEntry);
    best.next += 1;
  }
}

function before(a: JournalEntry, b: JournalEntry): boolean {
  if (a.ts !== b.ts) return a.ts < b.ts;
  return a.device < b.device;
}
