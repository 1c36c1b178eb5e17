import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../../src/main/core/store/migrate';

const T = '2024-11-05T01:00:00.000Z';

/** A database at schema 2 with one selection and one formasi. */
function schema2(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 2);
  db.exec(`
    INSERT INTO selections VALUES ('s', 'S', 2024, 'CPNS', 'I', 'L', 't', 't');
    INSERT INTO formasi VALUES ('f', 's', 'A', 'A', 'J', 'U', 'P', 1);
  `);
  return db;
}

function insertVersion(
  db: Database.Database,
  id: string,
  version: number,
  status: 'draft' | 'published' | 'retired',
): void {
  db.prepare(
    `INSERT INTO rubric_versions VALUES (?, 'r', ?, ?, 'Judul', 'wawancara', '{}', 'h', '{}', ?, ?, ?, ?)`,
  ).run(id, version, status, T, T, status === 'draft' ? null : T, status === 'retired' ? T : null);
}

describe('migration 002', () => {
  it('adds the rubric and plan tables to a schema-1 database and keeps its data', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    db.exec("INSERT INTO selections VALUES ('s', 'S', 2024, 'CPNS', 'I', 'L', 't', 't')");
    migrate(db, 2);
    expect(schemaVersion(db)).toBe(2);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining(['formasi_plans', 'plan_rubrics', 'rubric_versions']),
    );
    expect(db.prepare('SELECT count(*) FROM selections').pluck().get()).toBe(1);
  });

  it('refuses any change of a published version’s identity or content, and any deletion', () => {
    const db = schema2();
    insertVersion(db, 'v1', 1, 'published');
    for (const set of [
      'content_json = \'{"x":1}\'',
      "content_hash = 'other'",
      "rubric_id = 'r2'",
      'version = 9',
      "title = 'Lain'",
    ]) {
      expect(() => db.exec(`UPDATE rubric_versions SET ${set} WHERE id = 'v1'`)).toThrow(
        /published rubric version cannot change/,
      );
    }
    expect(() => db.exec("DELETE FROM rubric_versions WHERE id = 'v1'")).toThrow(
      /cannot be deleted/,
    );
    // Retiring changes only the status and its time.
    db.exec(`UPDATE rubric_versions SET status = 'retired', retired_at = '${T}' WHERE id = 'v1'`);
    expect(() => db.exec("UPDATE rubric_versions SET content_json = '[]' WHERE id = 'v1'")).toThrow(
      /cannot change/,
    );
  });

  it('lets a draft change and be deleted, and moves status only forward', () => {
    const db = schema2();
    insertVersion(db, 'v1', 1, 'draft');
    db.exec("UPDATE rubric_versions SET content_json = '{\"a\":1}', title = 'B' WHERE id = 'v1'");
    db.exec(
      `UPDATE rubric_versions SET status = 'published', published_at = '${T}' WHERE id = 'v1'`,
    );
    expect(() =>
      db.exec("UPDATE rubric_versions SET status = 'draft', published_at = NULL WHERE id = 'v1'"),
    ).toThrow(/only moves forward/);
    insertVersion(db, 'v2', 2, 'draft');
    expect(() =>
      db.exec(
        `UPDATE rubric_versions SET status = 'retired', published_at = '${T}', retired_at = '${T}' WHERE id = 'v2'`,
      ),
    ).toThrow(/only moves forward/);
    db.exec("DELETE FROM rubric_versions WHERE id = 'v2'");
    expect(db.prepare('SELECT count(*) FROM rubric_versions').pluck().get()).toBe(1);
  });

  it('allows one draft per rubric and one row per version number', () => {
    const db = schema2();
    insertVersion(db, 'v1', 1, 'published');
    insertVersion(db, 'v2', 2, 'draft');
    expect(() => insertVersion(db, 'v3', 3, 'draft')).toThrow(/UNIQUE/);
    expect(() => insertVersion(db, 'v4', 2, 'published')).toThrow(/UNIQUE/);
    expect(() =>
      db.exec(
        `INSERT INTO rubric_versions VALUES ('v5', 'r', 5, 'published', 'J', 'k', '{}', 'h', '{}', 't', 't', NULL, NULL)`,
      ),
    ).toThrow(/CHECK/);
  });

  it('lets the rebuild empty the table while it marks itself in meta', () => {
    const db = schema2();
    insertVersion(db, 'v1', 1, 'published');
    db.transaction(() => {
      db.exec("INSERT INTO meta VALUES ('rebuilding', 'state')");
      db.exec('DELETE FROM rubric_versions');
      db.exec("DELETE FROM meta WHERE key = 'rebuilding'");
    })();
    expect(db.prepare('SELECT count(*) FROM rubric_versions').pluck().get()).toBe(0);
  });

  it('deletes a plan and its rubric index with its formasi, and keeps a used version', () => {
    const db = schema2();
    insertVersion(db, 'v1', 1, 'published');
    db.exec(`
      INSERT INTO formasi_plans VALUES ('f', '{}', 't', NULL, NULL);
      INSERT INTO plan_rubrics VALUES ('f', 'wawancara', 'Wawancara', 'v1');
    `);
    expect(() => db.exec("INSERT INTO plan_rubrics VALUES ('f', 'x', 'X', 'missing')")).toThrow(
      /FOREIGN KEY/,
    );
    expect(() =>
      db.exec("INSERT INTO formasi_plans VALUES ('nope', '{}', 't', NULL, NULL)"),
    ).toThrow(/FOREIGN KEY/);
    db.exec("DELETE FROM formasi WHERE id = 'f'");
    expect(db.prepare('SELECT count(*) FROM formasi_plans').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM plan_rubrics').pluck().get()).toBe(0);
  });
});
