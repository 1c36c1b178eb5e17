/**
 * Schema 5: score sheets (a projection of the journal: every signed version, the current one
 * flagged), the chair's unlocks for amendments, and the assessors' autosaved drafts, which are
 * local scratch and never enter the journal (docs/score-entry.md).
 */
import type { Migration } from './migration';

/** Adds score sheets, sheet unlocks and sheet drafts. */
export const migration005: Migration = {
  version: 5,
  description: 'score sheets, unlocks, drafts',
  up(db) {
    db.exec(`
      CREATE TABLE score_sheets (
        id                TEXT    PRIMARY KEY,
        session_id        TEXT    NOT NULL REFERENCES sessions (id),
        candidate_id      TEXT    NOT NULL REFERENCES candidates (id),
        assessor_id       TEXT    NOT NULL REFERENCES assessors (id),
        selection_id      TEXT    NOT NULL REFERENCES selections (id),
        formasi_id        TEXT    NOT NULL REFERENCES formasi (id),
        component_key     TEXT    NOT NULL,
        rubric_version_id TEXT    NOT NULL REFERENCES rubric_versions (id),
        version           INTEGER NOT NULL CHECK (version >= 1),
        origin            TEXT    NOT NULL CHECK (origin IN ('langsung', 'transkripsi')),
        signed_by         TEXT    NOT NULL REFERENCES assessors (id),
        -- The 0–100 total as the exact fraction the content carries, and its reading.
        total             REAL    NOT NULL,
        -- The canonical JSON that was signed, byte for byte, and its signature.
        content_json      TEXT    NOT NULL,
        signature         TEXT    NOT NULL,
        submitted_at      TEXT    NOT NULL,
        is_current        INTEGER NOT NULL CHECK (is_current IN (0, 1)),
        UNIQUE (session_id, candidate_id, assessor_id, version)
      ) STRICT;

      CREATE UNIQUE INDEX score_sheets_current
        ON score_sheets (session_id, candidate_id, assessor_id) WHERE is_current = 1;
      CREATE INDEX score_sheets_by_candidate ON score_sheets (candidate_id, component_key);
      CREATE INDEX score_sheets_by_assessor ON score_sheets (assessor_id, session_id);

      -- A submitted version never changes; only its "current" flag drops when it is amended.
      CREATE TRIGGER score_sheets_immutable
        BEFORE UPDATE ON score_sheets
        WHEN NOT (OLD.is_current = 1 AND NEW.is_current = 0
                  AND NEW.id = OLD.id AND NEW.content_json = OLD.content_json
                  AND NEW.signature = OLD.signature)
        BEGIN SELECT RAISE(ABORT, 'a submitted score sheet cannot change'); END;

      CREATE TRIGGER score_sheets_keep
        BEFORE DELETE ON score_sheets
        WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'rebuilding')
        BEGIN SELECT RAISE(ABORT, 'a submitted score sheet cannot be deleted'); END;

      -- The chair opened a sheet version for an amendment, with a reason.
      CREATE TABLE sheet_unlocks (
        sheet_id    TEXT NOT NULL REFERENCES score_sheets (id),
        chair_id    TEXT NOT NULL REFERENCES assessors (id),
        reason      TEXT NOT NULL,
        unlocked_at TEXT NOT NULL,
        PRIMARY KEY (sheet_id)
      ) STRICT, WITHOUT ROWID;

      -- An assessor's sheet in progress, saved on every change. Not a projection and not
      -- journaled: scores nobody submitted must never leave the device. No foreign keys, so a
      -- rebuild can empty and refill the state tables around it.
      CREATE TABLE sheet_drafts (
        session_id   TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        assessor_id  TEXT NOT NULL,
        entry_json   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (session_id, candidate_id, assessor_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
