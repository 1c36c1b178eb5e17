/** Lets a test edit the append-only journal the way an attacker with the file could. */
import type { Database } from 'better-sqlite3';

/** Drops the append-only triggers, runs `edit`, and puts them back. */
export function tamperWithJournal(db: Database, edit: () => void): void {
  db.exec('DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete;');
  edit();
  db.exec(`
    CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
      BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
    CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
      BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;`);
}
