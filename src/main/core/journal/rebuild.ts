/** Rebuilds every state table from the journal alone. */
import type { Database } from 'better-sqlite3';
import { applyEntry } from './apply';
import { entriesInReplayOrder } from './replay-order';
import { STATE_TABLES } from './state-tables';

/** Empties the state tables and replays every entry, in one transaction. Returns the count. */
export function rebuildState(db: Database): number {
  return db.transaction(() => {
    for (const table of STATE_TABLES) db.prepare(`DELETE FROM ${table}`).run();
    const entries = entriesInReplayOrder(db);
    for (const entry of entries) applyEntry(db, entry);
    return entries.length;
  })();
}
