/** The shape of one numbered schema migration. */
import type { Database } from 'better-sqlite3';

/** One step of the schema; `up` runs inside a transaction that also sets `user_version`. */
export interface Migration {
  version: number;
  description: string;
  up(db: Database): void;
}
