import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../src/main/core/store/migrate';
import { INCIDENTS_SCHEMA_VERSION } from '../../../../../src/main/core/store/migrations/006-incidents';

const BEFORE = INCIDENTS_SCHEMA_VERSION - 1;

/** A database at the schema before incidents, with one session and one assessor. */
function schemaBefore(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, BEFORE);
  db.exec(`
    INSERT INTO selections VALUES ('s', 'S', 2024, 'CPNS', 'I', 'L', 't', 't');
    INSERT INTO formasi VALUES ('f', 's', 'A', 'A', 'J', 'U', 'P', 1);
    INSERT INTO assessors VALUES ('a', 's', 'Budi', NULL, 'ketua', 'pk', 'fp', 1, 't', 't');
    INSERT INTO sessions (id, selection_id, formasi_id, component_key, date, start_time, room,
      created_at) VALUES ('x', 's', 'f', 'wawancara', '2024-11-12', '08:00', 'R1', 't');
  `);
  return db;
}

const incident = (id: string, session: string, text: string) =>
  `INSERT INTO incidents VALUES ('${id}', '${session}', '${text}', 'a', 't', 't', 'd', 1)`;

describe('migration 006 (incidents)', () => {
  it('adds the incidents table to the schema before it and keeps the data', () => {
    const db = schemaBefore();
    migrate(db, INCIDENTS_SCHEMA_VERSION);
    expect(schemaVersion(db)).toBe(INCIDENTS_SCHEMA_VERSION);
    expect(db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(1);
    db.exec(incident('i1', 'x', 'Listrik padam 10 menit'));
    expect(db.prepare('SELECT text FROM incidents').pluck().all()).toEqual([
      'Listrik padam 10 menit',
    ]);
  });

  it('refuses an incident of an unknown session or with no text', () => {
    const db = schemaBefore();
    migrate(db, INCIDENTS_SCHEMA_VERSION);
    expect(() => db.exec(incident('i1', 'nope', 'x'))).toThrow(/FOREIGN KEY/);
    expect(() => db.exec(incident('i2', 'x', ''))).toThrow(/CHECK/);
  });
});
