/**
 * Schema 4: sessions of the scoring day, the candidates scheduled into them, their panels,
 * attendance and candidates' selection-wide status changes, all projections of the journal
 * (docs/scoring-day.md).
 */
import type { Migration } from './migration';

/** Adds sessions, scheduling, panels, attendance and candidate status changes. */
export const migration004: Migration = {
  version: 4,
  description: 'sessions, panels, attendance, candidate status',
  up(db) {
    db.exec(`
      CREATE TABLE sessions (
        id            TEXT PRIMARY KEY,
        selection_id  TEXT NOT NULL REFERENCES selections (id),
        formasi_id    TEXT NOT NULL REFERENCES formasi (id),
        -- A component of the formasi's plan; the plan is JSON, so the key cannot be a foreign key.
        component_key TEXT NOT NULL,
        date          TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        start_time    TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        room          TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        panel_method  TEXT CHECK (panel_method IN ('manual', 'undian')),
        -- The seed of the draw that formed the panel; the draw itself is in the journal.
        panel_seed    TEXT,
        panel_set_at  TEXT,
        CHECK ((panel_method = 'undian') = (panel_seed IS NOT NULL))
      ) STRICT;

      CREATE INDEX sessions_by_selection ON sessions (selection_id, date, start_time);

      -- component_key is copied from the session so that the database itself keeps a candidate
      -- in at most one session per component (a candidate belongs to one formasi).
      CREATE TABLE session_candidates (
        session_id    TEXT NOT NULL REFERENCES sessions (id),
        candidate_id  TEXT NOT NULL REFERENCES candidates (id),
        component_key TEXT NOT NULL,
        scheduled_at  TEXT NOT NULL,
        PRIMARY KEY (session_id, candidate_id),
        UNIQUE (candidate_id, component_key)
      ) STRICT, WITHOUT ROWID;

      -- The current panel of a session; each panel entry replaces the whole set.
      CREATE TABLE session_panel (
        session_id  TEXT    NOT NULL REFERENCES sessions (id),
        assessor_id TEXT    NOT NULL REFERENCES assessors (id),
        -- Order of the hand list or of the draw.
        position    INTEGER NOT NULL CHECK (position >= 0),
        PRIMARY KEY (session_id, assessor_id),
        UNIQUE (session_id, position)
      ) STRICT, WITHOUT ROWID;

      -- Every check-in, corrections included; the latest per candidate and session counts.
      -- device_id and seq name the journal entry, which orders entries written in the same
      -- millisecond.
      CREATE TABLE attendance (
        id               TEXT    PRIMARY KEY,
        session_id       TEXT    NOT NULL,
        candidate_id     TEXT    NOT NULL,
        status           TEXT    NOT NULL CHECK (status IN ('hadir', 'terlambat', 'tidak_hadir')),
        identity_checked INTEGER NOT NULL CHECK (identity_checked IN (0, 1)),
        document         TEXT    CHECK (document IN ('ktp_el', 'kartu_peserta', 'lainnya')),
        at               TEXT    NOT NULL,
        recorded_at      TEXT    NOT NULL,
        device_id        TEXT    NOT NULL,
        seq              INTEGER NOT NULL,
        CHECK (identity_checked = (document IS NOT NULL)),
        FOREIGN KEY (session_id, candidate_id)
          REFERENCES session_candidates (session_id, candidate_id)
      ) STRICT;

      CREATE INDEX attendance_latest
        ON attendance (session_id, candidate_id, recorded_at, device_id, seq);

      -- Every change of a candidate's selection-wide status; the latest counts, none = aktif.
      CREATE TABLE candidate_status_changes (
        candidate_id TEXT    NOT NULL REFERENCES candidates (id),
        status       TEXT    NOT NULL CHECK (status IN ('aktif', 'APS', 'DIS')),
        reason       TEXT,
        changed_at   TEXT    NOT NULL,
        device_id    TEXT    NOT NULL,
        seq          INTEGER NOT NULL,
        CHECK (status = 'APS' OR reason IS NOT NULL),
        PRIMARY KEY (device_id, seq)
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX candidate_status_latest
        ON candidate_status_changes (candidate_id, changed_at, device_id, seq);
    `);
  },
};
