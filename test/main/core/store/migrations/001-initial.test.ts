import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../src/main/core/store/migrate';

function tablesOf(db: Database.Database): string[] {
  return db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
}

describe('migration 001', () => {
  it('creates the journal and the first state tables and sets user_version 1', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    expect(tablesOf(db)).toEqual([
      'candidate_imports',
      'candidates',
      'formasi',
      'journal',
      'journal_refs',
      'meta',
      'selections',
    ]);
  });

  it('makes the journal append-only', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    db.prepare(
      "INSERT INTO journal VALUES ('d', 1, 'p', '2024-01-01T00:00:00.000Z', 'k', '{}', 'h')",
    ).run();
    expect(() => db.exec("UPDATE journal SET kind = 'x'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM journal')).toThrow(/append-only/);
  });

  it('computes the SKD total from the sub-scores and enforces the selection keys', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    db.exec(`
      INSERT INTO selections VALUES ('s', 'S', 2024, 'CPNS', 'I', 'L', 't', 't');
      INSERT INTO formasi VALUES ('f', 's', 'A', 'A', 'J', 'U', 'P', 1);
      INSERT INTO candidate_imports VALUES ('i', 's', 'x.csv', 'h', 1, 0, 't', 'd', 1);
      INSERT INTO candidates (id, selection_id, formasi_id, import_id, nomor_peserta, nik, nama,
        tanggal_lahir, jenis_kelamin, pendidikan, twk, tiu, tkp, search_text)
      VALUES ('c', 's', 'f', 'i', '1', '3315010101900001', 'N', '1990-01-01', 'L', 'S1', 100, 120, 170, 'n');
    `);
    expect(db.prepare("SELECT skd_total FROM candidates WHERE id = 'c'").pluck().get()).toBe(390);
    expect(() =>
      db.exec(`INSERT INTO candidates (id, selection_id, formasi_id, import_id, nomor_peserta, nik,
        nama, tanggal_lahir, jenis_kelamin, pendidikan, search_text)
        VALUES ('c2', 's', 'f', 'i', '1', '3315010101900002', 'N', '1990-01-01', 'L', 'S1', 'n')`),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.exec(`INSERT INTO formasi VALUES ('f2', 'missing', 'B', 'B', 'J', 'U', 'P', 1)`),
    ).toThrow(/FOREIGN KEY/);
  });
});
