/** Rebuilds every state table from the journal alone. */
import type { Database } from 'better-sqlite3';
import { applyEntry } from './apply';
import { entriesInReplayOrder } from './replay-order';
import { STATE_TABLES } from './state-tables';

/**
 * The meta key that lets the rebuild empty tables whose triggers otherwise refuse deletions
 * (published rubric versions). It exists only inside the rebuild's own transaction.
 */
export const REBUILDING_KEY = 'rebuilding';

/** Empties the state tables and replays every entry, in one transaction. Returns the count. */
export function rebuildState(db: Database): number {
  return db.transaction(() => {
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(REBUILDING_KEY, 'state');
    for (const table of STATE_TABLES) db.prepare(`DELETE FROM ${table}`).run();
    // Replay runs with every trigger armed again: the appliers must keep the rules on their own.
    db.prepare('DELETE FROM meta WHERE key = ?').run(REBUILDING_KEY);
    const entries = entriesInReplayOrder(db);
    for (const entry of entries) applyEntry(db, entry);
    return entries.length;
  })();
}
