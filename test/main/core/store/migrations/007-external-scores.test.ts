import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../src/main/core/store/migrate';

/** A database at schema 6 with one selection, formasi and candidate. */
function schema6(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 6);
  db.exec(`
    INSERT INTO selections VALUES ('s', 'S', 2024, 'CPNS', 'I', 'L', 't', 't');
    INSERT INTO formasi VALUES ('f', 's', 'A', 'A', 'J', 'U', 'P', 1);
    INSERT INTO candidate_imports VALUES ('i', 's', 'p.csv', 'h', 1, 0, 't', 'd', 1);
    INSERT INTO candidates (id, selection_id, formasi_id, import_id, nomor_peserta, nik, nama,
      tanggal_lahir, jenis_kelamin, pendidikan, search_text)
      VALUES ('c', 's', 'f', 'i', '1', '3315010101900001', 'N', '1990-01-01', 'L', 'S-1', 'n');
  `);
  return db;
}

const IMPORT = `INSERT INTO external_score_imports VALUES ('x', 's', 'skb.csv', 'h', 1, 't', 'd', 2)`;
const score = (key: string, source: string, values: string) =>
  `INSERT INTO external_scores VALUES ('c', '${key}', 's', '${source}', ${values}, 'x', 'h', 't')`;

describe('migration 007 (external scores)', () => {
  it('adds the external-score tables to a schema-6 database and keeps its data', () => {
    const db = schema6();
    migrate(db, 7);
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare('SELECT count(*) FROM candidates').pluck().get()).toBe(1);
    db.exec(IMPORT);
    db.exec(score('skb_cat', 'external_score', '352.5, NULL, NULL, NULL, NULL'));
    db.exec(score('cat_pppk', 'cat_pppk', '500, 350, 120, 30, NULL'));
    db.exec(score('psikotes', 'external_ms_tms', "NULL, NULL, NULL, NULL, 'TMS'"));
    expect(db.prepare('SELECT count(*) FROM external_scores').pluck().get()).toBe(3);
  });

  it('holds one score per candidate and component, of an existing candidate and import', () => {
    const db = schema6();
    migrate(db, 7);
    db.exec(IMPORT);
    db.exec(score('skb_cat', 'external_score', '350, NULL, NULL, NULL, NULL'));
    expect(() =>
      db.exec(score('skb_cat', 'external_score', '360, NULL, NULL, NULL, NULL')),
    ).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() =>
      db.exec(
        score('psi', 'external_score', '1, NULL, NULL, NULL, NULL').replace("('c'", "('nope'"),
      ),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.exec(
        score('psi', 'external_score', '1, NULL, NULL, NULL, NULL').replace("'x', 'h'", "'y', 'h'"),
      ),
    ).toThrow(/FOREIGN KEY/);
  });

  it('refuses a value that does not fit its source', () => {
    const db = schema6();
    migrate(db, 7);
    db.exec(IMPORT);
    const refused = [
      score('a', 'external_score', 'NULL, NULL, NULL, NULL, NULL'),
      score('b', 'external_score', '-1, NULL, NULL, NULL, NULL'),
      score('c', 'external_score', "350, NULL, NULL, NULL, 'MS'"),
      score('d', 'cat_pppk', '499, 350, 120, 30, NULL'),
      score('e', 'cat_pppk', '501, 451, 20, 30, NULL'),
      score('f', 'cat_pppk', '350, 350, NULL, NULL, NULL'),
      score('g', 'external_ms_tms', "NULL, NULL, NULL, NULL, 'LULUS'"),
      score('h', 'external_ms_tms', "1, NULL, NULL, NULL, 'MS'"),
      score('i', 'rubric', '1, NULL, NULL, NULL, NULL'),
    ];
    for (const sql of refused) expect(() => db.exec(sql), sql).toThrow(/CHECK/);
  });
});
