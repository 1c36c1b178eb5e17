/** What a result bundle of this store carries, for the Ekspor screen to show before saving. */
import type { Database } from 'better-sqlite3';
import type { ResultsContents } from '../../../shared/contract/merge-contract';
import { officeName } from './completeness';

/** Every journal chain with its office and entry count, and the sheets and attendance they hold. */
export function resultsContents(db: Database): ResultsContents {
  const rows = db
    .prepare(
      'SELECT device_id AS device, count(*) AS entries FROM journal GROUP BY device_id ORDER BY device_id',
    )
    .all() as { device: string; entries: number }[];
  const count = (table: string) =>
    db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    chains: rows.map((row) => ({ ...row, office: officeName(db, row.device) })),
    sheets: count('score_sheets'),
    attendance: count('attendance'),
  };
}
