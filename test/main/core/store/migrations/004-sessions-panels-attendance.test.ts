import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../src/main/core/store/migrate';

/** A database at schema 4 with a selection, formasi, two candidates, an assessor, a session. */
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
      VALUES ('c', 's', 'f', 'i', '1', '3315010101900001', 'N', '1990-01-01', 'L', 'S-1', 'n'),
             ('d', 's', 'f', 'i', '2', '3315010101900002', 'M', '1990-01-01', 'P', 'S-1', 'm');
    INSERT INTO assessors VALUES ('a', 's', 'Budi', NULL, 'penguji', 'pk', 'fp', 1, 't', 't');
    INSERT INTO sessions (id, selection_id, formasi_id, component_key, date, start_time, room,
      created_at) VALUES ('x', 's', 'f', 'wawancara', '2024-11-12', '08:00', 'R1', 't');
    INSERT INTO session_candidates VALUES ('x', 'c', 'wawancara', 't');
  `);
  return db;
}

const session = (
  id: string,
  date: string,
  time: string,
  method: string | null,
  seed: string | null,
) =>
  `INSERT INTO sessions (id, selection_id, formasi_id, component_key, date, start_time, room,
     created_at, panel_method, panel_seed) VALUES ('${id}', 's', 'f', 'k', '${date}', '${time}',
     'R', 't', ${method ? `'${method}'` : 'NULL'}, ${seed ? `'${seed}'` : 'NULL'})`;

const attendance = (
  id: string,
  candidate: string,
  status: string,
  checked: number,
  doc: string | null,
) =>
  `INSERT INTO attendance VALUES ('${id}', 'x', '${candidate}', '${status}', ${checked},
     ${doc ? `'${doc}'` : 'NULL'}, 't', 't', 'dev', 1)`;

describe('migration 004', () => {
  it('adds the session tables to a schema-3 database and keeps its data', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 3);
    db.exec("INSERT INTO selections VALUES ('s', 'S', 2024, 'CPNS', 'I', 'L', 't', 't')");
    migrate(db, 4);
    expect(schemaVersion(db)).toBe(4);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'sessions',
        'session_candidates',
        'session_panel',
        'attendance',
        'candidate_status_changes',
      ]),
    );
    expect(db.prepare('SELECT count(*) FROM selections').pluck().get()).toBe(1);
  });

  it('checks dates, times and that a drawn panel has a seed', () => {
    const db = schema4();
    expect(() => db.exec(session('y', '12-11-2024', '08:00', null, null))).toThrow(/CHECK/);
    expect(() => db.exec(session('y', '2024-11-12', '8:00', null, null))).toThrow(/CHECK/);
    expect(() => db.exec(session('y', '2024-11-12', '08:00', 'undian', null))).toThrow(/CHECK/);
    expect(() => db.exec(session('y', '2024-11-12', '08:00', 'manual', 'ab'))).toThrow(/CHECK/);
    expect(() => db.exec(session('y', '2024-11-12', '08:00', 'lotre', null))).toThrow(/CHECK/);
    db.exec(session('y', '2024-11-12', '08:00', 'undian', 'ab'));
  });

  it('schedules a candidate once per component and seats an assessor once per panel', () => {
    const db = schema4();
    db.exec(session('y', '2024-11-12', '13:00', null, null));
    db.exec("INSERT INTO session_candidates VALUES ('y', 'c', 'k', 't')");
    expect(() =>
      db.exec("INSERT INTO session_candidates VALUES ('y', 'd', 'wawancara', 't')"),
    ).not.toThrow();
    const other = db.prepare("INSERT INTO session_candidates VALUES ('y', 'c', 'wawancara', 't')");
    expect(() => other.run()).toThrow(/UNIQUE|PRIMARY KEY/);
    db.exec("INSERT INTO session_panel VALUES ('x', 'a', 0)");
    expect(() => db.exec("INSERT INTO session_panel VALUES ('x', 'a', 1)")).toThrow(
      /UNIQUE|PRIMARY/,
    );
    expect(() => db.exec("INSERT INTO session_panel VALUES ('x', 'nobody', 1)")).toThrow(
      /FOREIGN KEY/,
    );
  });

  it('keeps attendance of scheduled candidates only, with a document iff identity was checked', () => {
    const db = schema4();
    db.exec(attendance('1', 'c', 'hadir', 1, 'ktp_el'));
    expect(() => db.exec(attendance('2', 'c', 'hadir', 1, null))).toThrow(/CHECK/);
    expect(() => db.exec(attendance('3', 'c', 'tidak_hadir', 0, 'ktp_el'))).toThrow(/CHECK/);
    expect(() => db.exec(attendance('4', 'c', 'sakit', 0, null))).toThrow(/CHECK/);
    expect(() => db.exec(attendance('5', 'c', 'hadir', 1, 'sim'))).toThrow(/CHECK/);
    expect(() => db.exec(attendance('6', 'd', 'hadir', 0, null))).toThrow(/FOREIGN KEY/);
  });

  it('requires a reason for DIS and reinstatement, not for APS', () => {
    const db = schema4();
    const insert = db.prepare('INSERT INTO candidate_status_changes VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('c', 'APS', null, 't', 'dev', 1);
    expect(() => insert.run('c', 'DIS', null, 't', 'dev', 2)).toThrow(/CHECK/);
    expect(() => insert.run('c', 'aktif', null, 't', 'dev', 2)).toThrow(/CHECK/);
    expect(() => insert.run('c', 'TH', 'x', 't', 'dev', 2)).toThrow(/CHECK/);
    insert.run('c', 'DIS', 'Joki', 't', 'dev', 2);
  });
});
