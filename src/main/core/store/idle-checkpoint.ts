/**
 * WAL checkpoints off the commit path. SQLite's automatic checkpoint runs inside the commit
 * that crosses its threshold, copying pages into the database and syncing it — about one
 * commit in a hundred paid 10–20 ms for it (issue 4's p99 of a sheet submission). The app
 * instead checkpoints on a timer between requests; the automatic checkpoint stays as a far-off
 * safety net for a run that never pauses (a CLI import, the bench).
 */
import type { Database } from 'better-sqlite3';

/** WAL pages before SQLite checkpoints inside a commit anyway (≈ 40 MB of 4 KiB pages). */
export const SAFETY_NET_PAGES = 10_000;

/** How often the app checkpoints; a PASSIVE checkpoint of nothing costs microseconds. */
export const CHECKPOINT_INTERVAL_MS = 1_000;

/** Moves the automatic checkpoint far out; every connection of the store gets this. */
export function deferAutomaticCheckpoints(db: Database): void {
  db.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
}

/**
 * Checkpoints `db` every `intervalMs` (PASSIVE: never waits for a reader or a writer) until the
 * returned function is called. The timer does not keep the process alive.
 */
export function startIdleCheckpoints(
  db: Database,
  intervalMs: number = CHECKPOINT_INTERVAL_MS,
): () => void {
  const timer = setInterval(() => {
    if (db.open && !db.inTransaction) db.pragma('wal_checkpoint(PASSIVE)');
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
