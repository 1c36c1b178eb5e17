/**
 * Schema 3: assessors, their key history, their integrity statements and declared conflicts
 * (projections of the journal), and two tables that are deliberately NOT projections: the
 * assessors' secrets and their PIN attempt counters (docs/assessors.md).
 */
import type { Migration } from './migration';

/** Adds assessors, key history, secrets, PIN attempts, integrity statements and conflicts. */
export const migration003: Migration = {
  version: 3,
  description: 'assessors, keys, integrity statements, conflicts',
  up(db) {
    db.exec(`
      CREATE TABLE assessors (
        id           TEXT PRIMARY KEY,
        selection_id TEXT    NOT NULL REFERENCES selections (id),
        nama         TEXT    NOT NULL,
        nip          TEXT    CHECK (nip IS NULL OR (length(nip) = 18 AND nip NOT GLOB '*[^0-9]*')),
        role         TEXT    NOT NULL
                     CHECK (role IN ('ketua', 'sekretaris', 'penguji', 'pengamat')),
        -- The current key; older ones are in assessor_keys.
        public_key   TEXT    NOT NULL,
        fingerprint  TEXT    NOT NULL,
        key_version  INTEGER NOT NULL CHECK (key_version > 0),
        enrolled_at  TEXT    NOT NULL,
        updated_at   TEXT    NOT NULL,
        -- Several assessors may have no NIP (NULLs are distinct); one NIP is one person.
        UNIQUE (selection_id, nip)
      ) STRICT;

      CREATE INDEX assessors_by_selection ON assessors (selection_id, nama);

      -- Every public key an assessor ever had, so a sheet signed before a PIN reset still
      -- verifies against the key of its time.
      CREATE TABLE assessor_keys (
        assessor_id TEXT    NOT NULL REFERENCES assessors (id),
        key_version INTEGER NOT NULL CHECK (key_version > 0),
        public_key  TEXT    NOT NULL UNIQUE,
        fingerprint TEXT    NOT NULL,
        valid_from  TEXT    NOT NULL,
        -- The chair who issued it; NULL for the key of the enrolment.
        reset_by    TEXT    REFERENCES assessors (id),
        PRIMARY KEY (assessor_id, key_version)
      ) STRICT, WITHOUT ROWID;

      -- NOT a projection: the PIN hash and sealed private key never enter the journal, which
      -- leaves the device in bundles. rebuildState does not touch this table. Its foreign key is
      -- deferred and does not cascade, so a rebuild may empty and refill assessors around it in
      -- one transaction; at commit every secret must still belong to a journaled assessor.
      CREATE TABLE assessor_secrets (
        assessor_id TEXT    PRIMARY KEY
                    REFERENCES assessors (id) DEFERRABLE INITIALLY DEFERRED,
        key_version INTEGER NOT NULL CHECK (key_version > 0),
        pin_hash    TEXT    NOT NULL,
        sealed_key  TEXT    NOT NULL
      ) STRICT;

      -- NOT a projection: wrong-PIN counters are this device's local security state. Journaling
      -- them would put every typo into the record that travels, and a rebuild or a merge must
      -- neither forgive nor invent a lock-out. Same deferred key as assessor_secrets.
      CREATE TABLE pin_attempts (
        assessor_id  TEXT    PRIMARY KEY
                     REFERENCES assessors (id) DEFERRABLE INITIALLY DEFERRED,
        failures     INTEGER NOT NULL CHECK (failures >= 0),
        locked_until TEXT
      ) STRICT;

      -- Each acceptance names the statement by the SHA-256 of its text: a reworded statement is
      -- a new row, accepted anew.
      CREATE TABLE integrity_statements (
        assessor_id       TEXT    NOT NULL REFERENCES assessors (id),
        statement_version INTEGER NOT NULL CHECK (statement_version > 0),
        statement_hash    TEXT    NOT NULL,
        accepted_at       TEXT    NOT NULL,
        PRIMARY KEY (assessor_id, statement_hash)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE conflicts (
        id           TEXT PRIMARY KEY,
        assessor_id  TEXT NOT NULL REFERENCES assessors (id),
        candidate_id TEXT NOT NULL REFERENCES candidates (id),
        kind         TEXT NOT NULL CHECK (kind IN ('keluarga', 'pekerjaan', 'lainnya')),
        note         TEXT NOT NULL,
        declared_at  TEXT NOT NULL,
        UNIQUE (assessor_id, candidate_id)
      ) STRICT;

      -- Panels ask "who may not assess this candidate".
      CREATE INDEX conflicts_by_candidate ON conflicts (candidate_id);
    `);
  },
};
