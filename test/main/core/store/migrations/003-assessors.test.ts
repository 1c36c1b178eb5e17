import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../src/main/core/store/migrate';

const NIP = '198501012010011001';

/** A database at schema 3 with one selection, formasi, candidate and assessor. */
function schema3(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 3);
  db.exec(`
    INSERT INTO selections VALUES ('s', 'S', 2024, 'CPNS', 'I', 'L', 't', 't');
    INSERT INTO formasi VALUES ('f', 's', 'A', 'A', 'J', 'U', 'P', 1);
    INSERT INTO candidate_imports VALUES ('i', 's', 'p.csv', 'h', 1, 0, 't', 'd', 1);
    INSERT INTO candidates (id, selection_id, formasi_id, import_id, nomor_peserta, nik, nama,
      tanggal_lahir, jenis_kelamin, pendidikan, search_text)
      VALUES ('c', 's', 'f', 'i', '1', '3315010101900001', 'N', '1990-01-01', 'L', 'S-1', 'n');
    INSERT INTO assessors VALUES ('a', 's', 'Budi', '${NIP}', 'penguji', 'pk', 'fp', 1, 't', 't');
  `);
  return db;
}

describe('migration 003', () => {
  it('adds the assessor tables to a schema-2 database and keeps its data', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 2);
    db.exec("INSERT INTO selections VALUES ('s', 'S', 2024, 'CPNS', 'I', 'L', 't', 't')");
    migrate(db, 3);
    expect(schemaVersion(db)).toBe(3);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'assessors',
        'assessor_keys',
        'assessor_secrets',
        'pin_attempts',
        'integrity_statements',
        'conflicts',
      ]),
    );
    expect(db.prepare('SELECT count(*) FROM selections').pluck().get()).toBe(1);
  });

  it('checks roles, NIPs (18 digits, one per selection) and conflict kinds', () => {
    const db = schema3();
    const insert = (id: string, nip: string | null, role = 'penguji') =>
      db
        .prepare("INSERT INTO assessors VALUES (?, 's', 'X', ?, ?, 'pk', 'fp', 1, 't', 't')")
        .run(id, nip, role);
    expect(() => insert('b', '1985')).toThrow(/CHECK/);
    expect(() => insert('b', '19850101201001100x')).toThrow(/CHECK/);
    expect(() => insert('b', null, 'juri')).toThrow(/CHECK/);
    expect(() => insert('b', NIP)).toThrow(/UNIQUE/);
    insert('b', null);
    insert('c', null);
    db.exec("INSERT INTO conflicts VALUES ('k', 'a', 'c', 'keluarga', '', 't')");
    expect(() =>
      db.exec("INSERT INTO conflicts VALUES ('k2', 'a', 'c', 'lainnya', '', 't')"),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.exec("INSERT INTO conflicts VALUES ('k3', 'b', 'c', 'teman', '', 't')"),
    ).toThrow(/CHECK/);
    expect(() =>
      db.exec("INSERT INTO conflicts VALUES ('k4', 'b', 'nope', 'lainnya', '', 't')"),
    ).toThrow(/FOREIGN KEY/);
  });

  it('lets a rebuild empty assessors around their secrets, but not commit orphaned secrets', () => {
    const db = schema3();
    db.exec(`
      INSERT INTO assessor_secrets VALUES ('a', 1, 'scrypt$…', 'aes-256-gcm$…');
      INSERT INTO pin_attempts VALUES ('a', 2, NULL);
    `);
    // As rebuildState does: empty and refill in one transaction; the deferred key is checked at
    // commit, and nothing cascades into the secrets.
    db.transaction(() => {
      db.exec('DELETE FROM assessors');
      db.exec(
        "INSERT INTO assessors VALUES ('a', 's', 'Budi', NULL, 'penguji', 'pk', 'fp', 1, 't', 't')",
      );
    })();
    expect(db.prepare('SELECT count(*) FROM assessor_secrets').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM pin_attempts').pluck().get()).toBe(1);
    expect(() => db.transaction(() => db.exec("DELETE FROM assessors WHERE id = 'a'"))()).toThrow(
      /FOREIGN KEY/,
    );
    expect(db.inTransaction).toBe(false);
    expect(db.prepare('SELECT count(*) FROM assessors').pluck().get()).toBe(1);
  });

  it('keeps one row per key version, and each public key once', () => {
    const db = schema3();
    db.exec("INSERT INTO assessor_keys VALUES ('a', 1, 'pk', 'fp', 't', NULL)");
    expect(() =>
      db.exec("INSERT INTO assessor_keys VALUES ('a', 1, 'pk2', 'fp', 't', NULL)"),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.exec("INSERT INTO assessor_keys VALUES ('a', 2, 'pk', 'fp', 't', 'a')"),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.exec("INSERT INTO assessor_keys VALUES ('a', 2, 'pk2', 'fp', 't', 'nobody')"),
    ).toThrow(/FOREIGN KEY/);
  });
});
