/**
 * Schema 6: incidents (kejadian khusus) of a session, entered by the chair and listed in the
 * berita acara. A projection of `incident.recorded` entries; rows only ever get added.
 */
import type { Migration } from './migration';

/** This migration's schema version: the one place the number is written. */
export const INCIDENTS_SCHEMA_VERSION = 6;

/** Adds the incidents table. */
export const migrationIncidents: Migration = {
  version: INCIDENTS_SCHEMA_VERSION,
  description: 'session incidents',
  up(db) {
    db.exec(`
      CREATE TABLE incidents (
        id          TEXT    PRIMARY KEY,
        session_id  TEXT    NOT NULL REFERENCES sessions (id),
        text        TEXT    NOT NULL CHECK (length(text) > 0),
        recorded_by TEXT    NOT NULL REFERENCES assessors (id),
        -- When it happened, as the chair states it; recorded_at is when it was written down.
        at          TEXT    NOT NULL,
        recorded_at TEXT    NOT NULL,
        device_id   TEXT    NOT NULL,
        seq         INTEGER NOT NULL
      ) STRICT;

      CREATE INDEX incidents_by_session ON incidents (session_id, at, device_id, seq);
    `);
  },
};
