import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../src/main/core/store/migrate';

const KEY = `INSERT INTO device_keys VALUES ('d', 'pk', 'fp', 't', 1)`;

/** A database at schema 7 with one selection. */
function schema7(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 7);
  db.exec(`INSERT INTO selections VALUES ('s', 'S', 2024, 'CPNS', 'I', 'L', 't', 't')`);
  return db;
}

describe('migration 008 (device keys)', () => {
  it('adds the device key tables to a schema-7 database and keeps its data', () => {
    const db = schema7();
    migrate(db, 8);
    expect(schemaVersion(db)).toBe(8);
    expect(db.prepare('SELECT count(*) FROM selections').pluck().get()).toBe(1);
    db.exec(KEY);
    db.exec(`INSERT INTO device_key_secret VALUES ('d', 'sealed')`);
    expect(db.prepare('SELECT count(*) FROM device_keys').pluck().get()).toBe(1);
  });

  it('holds one key per device, each public key once, at a positive sequence', () => {
    const db = schema7();
    migrate(db, 8);
    db.exec(KEY);
    expect(() => db.exec(`INSERT INTO device_keys VALUES ('d', 'pk2', 'fp', 't', 2)`)).toThrow(
      /UNIQUE|PRIMARY KEY/,
    );
    expect(() => db.exec(`INSERT INTO device_keys VALUES ('e', 'pk', 'fp', 't', 1)`)).toThrow(
      /UNIQUE/,
    );
    expect(() => db.exec(`INSERT INTO device_keys VALUES ('e', 'pk3', 'fp', 't', 0)`)).toThrow(
      /CHECK/,
    );
  });

  it('keeps a sealed key only for a device with a key, checked at commit', () => {
    const db = schema7();
    migrate(db, 8);
    expect(() => db.exec(`INSERT INTO device_key_secret VALUES ('nope', 'sealed')`)).toThrow(
      /FOREIGN KEY/,
    );
    // Deferred: a rebuild may empty device_keys and refill it around the secret.
    db.exec(KEY);
    db.exec(`INSERT INTO device_key_secret VALUES ('d', 'sealed')`);
    db.transaction(() => {
      db.exec('DELETE FROM device_keys');
      db.exec(KEY);
    })();
    expect(db.prepare('SELECT count(*) FROM device_key_secret').pluck().get()).toBe(1);
  });
});
