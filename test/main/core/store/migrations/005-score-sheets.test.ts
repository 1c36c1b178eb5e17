import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../src/main/core/store/migrate';

/** A database at schema 4 with one session, candidate, assessor and published rubric. */
function schema4(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 4);
  db.exec(`
    INSERT INTO selections VALUES ('s', 'S', 2024, 'CPNS', 'I', 'L', 't', 't');
    INSERT INTO formasi VALUES ('f', 's', 'A', 'A', 'J', 'U', 'P', 1);
    INSERT INTO candidate_imports VALUES ('i', 's', 'p.csv', 'h', 2, 0, 't', 'd', 1);
    INSERT INTO candidates (id, selection_id, formasi_id, import_id, nomor_peserta, nik, nama,
      tanggal_lahir, jenis_kelamin, pendidikan, search_text)
      VALUES ('c', 's', 'f', 'i', '1', '3315010101900001', 'N', '1990-01-01', 'L', 'S-1', 'n');
    INSERT INTO assessors VALUES ('a', 's', 'Budi', NULL, 'penguji', 'pk', 'fp', 1, 't', 't');
    INSERT INTO sessions (id, selection_id, formasi_id, component_key, date, start_time, room,
      created_at) VALUES ('x', 's', 'f', 'wawancara', '2024-11-12', '08:00', 'R1', 't');
  `);
  db.prepare(
    `INSERT INTO rubric_versions (id, rubric_id, version, status, title, kind, content_json,
       content_hash, origin_json, created_at, updated_at, published_at)
     VALUES ('r', 'rr', 1, 'published', 'R', 'wawancara', '{}', ?, '{}', 't', 't', 't')`,
  ).run('0'.repeat(64));
  return db;
}

const sheet = (id: string, version: number, current: number) =>
  `INSERT INTO score_sheets VALUES ('${id}', 'x', 'c', 'a', 's', 'f', 'wawancara', 'r', ${version},
     'langsung', 'a', 70, '{"id":"${id}"}', 'sig', 't', ${current})`;

describe('migration 005', () => {
  it('adds the sheet tables to a schema-4 database and keeps its data', () => {
    const db = schema4();
    migrate(db, 5);
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(1);
    db.exec(sheet('v1', 1, 1));
    db.exec(`INSERT INTO sheet_drafts VALUES ('x', 'c', 'a', '{}', 't')`);
    expect(db.prepare('SELECT count(*) FROM score_sheets').pluck().get()).toBe(1);
  });

  it('allows one current version per sheet, and only its current flag may drop', () => {
    const db = schema4();
    migrate(db);
    db.exec(sheet('v1', 1, 1));
    expect(() => db.exec(sheet('v2', 2, 1))).toThrow(/UNIQUE/);
    expect(() => db.exec(`UPDATE score_sheets SET total = 90 WHERE id = 'v1'`)).toThrow(
      /cannot change/,
    );
    db.exec(`UPDATE score_sheets SET is_current = 0 WHERE id = 'v1'`);
    db.exec(sheet('v2', 2, 1));
    expect(() => db.exec(`UPDATE score_sheets SET is_current = 1 WHERE id = 'v1'`)).toThrow(
      /cannot change/,
    );
    expect(() => db.exec(`DELETE FROM score_sheets WHERE id = 'v1'`)).toThrow(/cannot be deleted/);
  });

  it('refuses a sheet of an unknown session or an unknown origin', () => {
    const db = schema4();
    migrate(db);
    expect(() => db.exec(sheet('v1', 1, 1).replace("'x', 'c'", "'nope', 'c'"))).toThrow(
      /FOREIGN KEY/,
    );
    expect(() => db.exec(sheet('v1', 1, 1).replace("'langsung'", "'kertas'"))).toThrow(/CHECK/);
  });
});
