/** Read-only views of the journal for audit trails. */
import type { Database } from 'better-sqlite3';
import type { EntrySummary } from '../../../shared/journal/entry';

const SUMMARY = 'j.device_id AS device, j.seq AS seq, j.ts AS ts, j.kind AS kind, j.hash AS hash';

/** The newest entries across all chains. */
export function recentEntries(db: Database, limit: number): EntrySummary[] {
  return db
    .prepare(`SELECT ${SUMMARY} FROM journal j ORDER BY j.ts DESC, j.device_id, j.seq DESC LIMIT ?`)
    .all(limit) as EntrySummary[];
}

/** Every entry that touched any of `entityIds`, oldest first, each once. */
export function entityHistory(db: Database, entityIds: readonly string[]): EntrySummary[] {
  const placeholders = entityIds.map(() => '?').join(', ');
  return db
    .prepare(
      `SELECT DISTINCT ${SUMMARY} FROM journal_refs r
       JOIN journal j ON j.device_id = r.device_id AND j.seq = r.seq
       WHERE r.entity_id IN (${placeholders}) ORDER BY j.ts, j.device_id, j.seq`,
    )
    .all(...entityIds) as EntrySummary[];
}
