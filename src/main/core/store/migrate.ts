/** Brings a database up to a schema version, one migration per transaction. */
import type { Database } from 'better-sqlite3';
import { MIGRATIONS } from './migrations';

/** The schema version recorded in the database file. */
export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs the migrations after the current version, up to `target` (default: all). */
export function migrate(db: Database, target = MIGRATIONS.length): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= schemaVersion(db) || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      // PRAGMA cannot take parameters; the version is an integer from our own list.
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
