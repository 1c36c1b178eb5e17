/**
 * The wrong-PIN lock-out, kept in `pin_attempts` (local security state, not journaled): five
 * wrong PINs in a row lock for 1 minute; each further wrong PIN after a lock-out doubles it
 * (2, 4, 8 … minutes, at most 60); a right PIN starts over.
 */
import type { Database } from 'better-sqlite3';

/** Wrong PINs in a row before the first lock-out. */
export const MAX_FAILURES = 5;
const FIRST_LOCK_MS = 60_000;
const LONGEST_LOCK_MS = 60 * 60_000;

/** An assessor's run of wrong PINs. */
export interface PinAttempts {
  failures: number;
  lockedUntil: string | null;
}

/** How long the `failures`-th wrong PIN in a row locks (0 before the fifth). */
export function lockDurationMs(failures: number): number {
  if (failures < MAX_FAILURES) return 0;
  return Math.min(LONGEST_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - MAX_FAILURES));
}

/** The current run of wrong PINs of an assessor. */
export function readAttempts(db: Database, assessorId: string): PinAttempts {
  const row = db
    .prepare('SELECT failures, locked_until AS lockedUntil FROM pin_attempts WHERE assessor_id = ?')
    .get(assessorId) as PinAttempts | undefined;
  return row ?? { failures: 0, lockedUntil: null };
}

/** Counts one more wrong PIN at `now` and returns the run, with the lock it starts if any. */
export function recordFailure(db: Database, assessorId: string, now: Date): PinAttempts {
  const failures = readAttempts(db, assessorId).failures + 1;
  const lockMs = lockDurationMs(failures);
  const lockedUntil = lockMs > 0 ? new Date(now.getTime() + lockMs).toISOString() : null;
  db.prepare(
    `INSERT INTO pin_attempts (assessor_id, failures, locked_until) VALUES (?, ?, ?)
     ON CONFLICT (assessor_id) DO UPDATE SET failures = excluded.failures,
       locked_until = excluded.locked_until`,
  ).run(assessorId, failures, lockedUntil);
  return { failures, lockedUntil };
}

/** Forgets the run of wrong PINs (after a right PIN, or a new PIN set by the chair). */
export function resetAttempts(db: Database, assessorId: string): void {
  db.prepare('DELETE FROM pin_attempts WHERE assessor_id = ?').run(assessorId);
}
