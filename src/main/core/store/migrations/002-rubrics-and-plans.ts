/**
 * Schema 2: rubric versions and formasi scoring plans, with the index of which formasi use which
 * rubric version. Triggers make a published rubric version unchangeable in SQLite itself, below
 * the appliers that already refuse it (defense in depth; docs/rubrics.md).
 */
import type { Migration } from './migration';

/** Adds rubric versions, scoring plans and the plan → rubric index. */
export const migration002: Migration = {
  version: 2,
  description: 'rubric versions, scoring plans',
  up(db) {
    db.exec(`
      CREATE TABLE rubric_versions (
        id           TEXT PRIMARY KEY,
        rubric_id    TEXT    NOT NULL,
        version      INTEGER NOT NULL CHECK (version > 0),
        status       TEXT    NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
        title        TEXT    NOT NULL,
        kind         TEXT    NOT NULL,
        -- The canonical JSON of the content: SHA-256 of exactly these bytes is content_hash.
        content_json TEXT    NOT NULL,
        content_hash TEXT    NOT NULL,
        origin_json  TEXT    NOT NULL,
        created_at   TEXT    NOT NULL,
        updated_at   TEXT    NOT NULL,
        published_at TEXT,
        retired_at   TEXT,
        UNIQUE (rubric_id, version),
        CHECK ((status = 'draft') = (published_at IS NULL)),
        CHECK ((status = 'retired') = (retired_at IS NOT NULL))
      ) STRICT;

      -- A rubric has at most one draft: the next version being written.
      CREATE UNIQUE INDEX rubric_versions_one_draft ON rubric_versions (rubric_id)
        WHERE status = 'draft';

      -- Once published, a version's identity and content never change: score sheets pin its hash.
      CREATE TRIGGER rubric_versions_frozen
        BEFORE UPDATE OF id, rubric_id, version, title, kind, content_json, content_hash, origin_json
        ON rubric_versions WHEN OLD.status <> 'draft'
        BEGIN SELECT RAISE(ABORT, 'a published rubric version cannot change'); END;

      -- Status only moves forward: draft → published → retired.
      CREATE TRIGGER rubric_versions_status_forward
        BEFORE UPDATE OF status ON rubric_versions
        WHEN NEW.status IS NOT OLD.status
          AND NOT (OLD.status = 'draft' AND NEW.status = 'published')
          AND NOT (OLD.status = 'published' AND NEW.status = 'retired')
        BEGIN SELECT RAISE(ABORT, 'a rubric version status only moves forward'); END;

      -- Only a draft may be deleted. rebuildState empties every state table inside one transaction
      -- and marks that in meta for its own duration; nothing else ever writes that key.
      CREATE TRIGGER rubric_versions_keep_published
        BEFORE DELETE ON rubric_versions
        WHEN OLD.status <> 'draft' AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'rebuilding')
        BEGIN SELECT RAISE(ABORT, 'a published rubric version cannot be deleted'); END;

      -- A plan belongs to its formasi: deleting the formasi (allowed only without candidates)
      -- deletes the plan with it. The plan's history stays in the journal.
      CREATE TABLE formasi_plans (
        formasi_id TEXT PRIMARY KEY REFERENCES formasi (id) ON DELETE CASCADE,
        plan_json  TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        locked_at  TEXT,
        lock_note  TEXT,
        CHECK ((locked_at IS NULL) = (lock_note IS NULL))
      ) STRICT;

      -- Which formasi components score on which rubric version, kept by the plan applier: it
      -- answers "where is this rubric used" and keeps a used version from being retired.
      CREATE TABLE plan_rubrics (
        formasi_id        TEXT NOT NULL REFERENCES formasi_plans (formasi_id) ON DELETE CASCADE,
        component_key     TEXT NOT NULL,
        component_label   TEXT NOT NULL,
        rubric_version_id TEXT NOT NULL REFERENCES rubric_versions (id),
        PRIMARY KEY (formasi_id, component_key)
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX plan_rubrics_by_version ON plan_rubrics (rubric_version_id);
    `);
  },
};
