import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../src/main/core/store/migrate';

const ROW = `INSERT INTO trusted_keys VALUES ('fp', 'pk', 'Kantor', 'office', 't', NULL, NULL)`;

/** A database at schema 8 with one device key. */
function schema8(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 8);
  db.exec(`INSERT INTO device_keys VALUES ('d', 'pk', 'fp', 't', 1)`);
  return db;
}

describe('migration 009 (trust registry)', () => {
  it('adds trusted_keys to a schema-8 database and keeps its data', () => {
    const db = schema8();
    migrate(db, 9);
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT count(*) FROM device_keys').pluck().get()).toBe(1);
    db.exec(ROW);
    expect(db.prepare('SELECT count(*) FROM trusted_keys').pluck().get()).toBe(1);
  });

  it('holds each fingerprint and key once, a known role, and a reason with every revocation', () => {
    const db = schema8();
    migrate(db, 9);
    db.exec(ROW);
    const insert = (values: string) => () => db.exec(`INSERT INTO trusted_keys VALUES (${values})`);
    expect(insert(`'fp', 'pk2', 'L', 'office', 't', NULL, NULL`)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(insert(`'fp2', 'pk', 'L', 'office', 't', NULL, NULL`)).toThrow(/UNIQUE/);
    expect(insert(`'fp3', 'pk3', 'L', 'boss', 't', NULL, NULL`)).toThrow(/CHECK/);
    expect(insert(`'fp4', 'pk4', '', 'office', 't', NULL, NULL`)).toThrow(/CHECK/);
    expect(insert(`'fp5', 'pk5', 'L', 'office', 't', 't2', NULL`)).toThrow(/CHECK/);
    insert(`'fp6', 'pk6', 'L', 'central', 't', 't2', 'lost laptop'`)();
  });
});
