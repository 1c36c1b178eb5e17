import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../src/main/core/store/migrate';

/** A database at schema 9 with one pinned key. */
function schema9(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 9);
  db.exec(`INSERT INTO trusted_keys VALUES ('fp', 'pk', 'Kantor', 'office', 't', NULL, NULL)`);
  return db;
}

describe('migration 010 (merge and quarantine)', () => {
  it('adds the merge tables to a schema-9 database and keeps its data', () => {
    const db = schema9();
    migrate(db, 10);
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare('SELECT count(*) FROM trusted_keys').pluck().get()).toBe(1);
    db.exec(
      `INSERT INTO received_bundles VALUES ('h', 'results', 'pk', 'fp', '{}', 'a.panitia', 3, 't', 'trusted')`,
    );
    db.exec(`INSERT INTO held_entries VALUES ('h', 'e1', 'd', 1, 'p', 't', 'k', '{}', 'fork')`);
    expect(db.prepare('SELECT count(*) FROM held_entries').pluck().get()).toBe(1);
  });

  it('refuses an unknown bundle kind, trust or holding reason', () => {
    const db = schema9();
    migrate(db, 10);
    const bundle = (kind: string, trust: string) => () =>
      db.exec(
        `INSERT INTO received_bundles VALUES ('${kind}${trust}', '${kind}', 'pk', 'fp', '{}', 'f', 0, 't', '${trust}')`,
      );
    expect(bundle('other', 'trusted')).toThrow(/CHECK/);
    expect(bundle('results', 'maybe')).toThrow(/CHECK/);
    bundle('setup', 'own')();
    const held = () =>
      db.exec(`INSERT INTO held_entries VALUES ('h', 'e', 'd', 1, 'p', 't', 'k', '{}', 'lost')`);
    expect(held).toThrow(/CHECK/);
  });
});
