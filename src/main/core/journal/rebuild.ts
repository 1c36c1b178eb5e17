/** Rebuilds every state table from the journal alone. */
import type { Database } from 'better-sqlite3';
import { replayJournal } from '../merge/replay';
import { STATE_TABLES } from './state-tables';

/**
 * The meta key that lets the rebuild empty tables whose triggers otherwise refuse deletions
 * (published rubric versions). It exists only inside the rebuild's own transaction.
 */
export const REBUILDING_KEY = 'rebuilding';

/**
 * Empties the state tables and replays every entry (docs/merge.md: what a merge leaves out), in
 * one transaction. Returns the number of entries applied.
 */
export function rebuildState(db: Database): number {
  return db.transaction(() => {
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(REBUILDING_KEY, 'state');
    for (const table of STATE_TABLES) db.prepare(`DELETE FROM ${table}`).run();
    // Replay runs with every trigger armed again: the appliers must keep the rules on their own.
    db.prepare('DELETE FROM meta WHERE key = ?').run(REBUILDING_KEY);
    return replayJournal(db).applied;
  })();
}
