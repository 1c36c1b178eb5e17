/** Every row of every state table, in a stable order, to compare two states exactly. */
import type { Database } from 'better-sqlite3';
import { STATE_TABLES } from '../../src/main/core/journal/state-tables';

/** The content of the state tables, each sorted by all its columns. */
export function stateSnapshot(db: Database): Record<string, unknown[]> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of STATE_TABLES) {
    const columns = (
      db.prepare(`PRAGMA table_xinfo(${table})`).all() as Array<{ name: string }>
    ).map((c) => c.name);
    snapshot[table] = db
      .prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY ${columns.join(', ')}`)
      .all();
  }
  return snapshot;
}
