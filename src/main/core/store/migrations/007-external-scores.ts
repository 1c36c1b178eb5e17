/**
 * Schema 7: scores that come from outside Panitia (docs/external-scores.md). A projection of the
 * journal: one row per import, and the current score per candidate and component; the scores an
 * import replaced stay in the journal.
 */
import type { Migration } from './migration';

/** Adds external-score imports and the current external scores. */
export const migration007: Migration = {
  version: 7,
  description: 'external scores',
  up(db) {
    db.exec(`
      CREATE TABLE external_score_imports (
        id           TEXT    PRIMARY KEY,
        selection_id TEXT    NOT NULL REFERENCES selections (id),
        file_name    TEXT    NOT NULL,
        file_sha256  TEXT    NOT NULL,
        row_count    INTEGER NOT NULL CHECK (row_count >= 1),
        imported_at  TEXT    NOT NULL,
        device_id    TEXT    NOT NULL,
        seq          INTEGER NOT NULL
      ) STRICT;

      -- The source decides which columns hold the value: a score, the three CAT PPPK sub-scores
      -- (score is their total), or MS/TMS for a gate (no score).
      CREATE TABLE external_scores (
        candidate_id  TEXT    NOT NULL REFERENCES candidates (id),
        component_key TEXT    NOT NULL,
        selection_id  TEXT    NOT NULL REFERENCES selections (id),
        source        TEXT    NOT NULL
                      CHECK (source IN ('external_score', 'cat_pppk', 'external_ms_tms')),
        score         REAL    CHECK (score IS NULL OR score >= 0),
        teknis        INTEGER CHECK (teknis IS NULL OR teknis BETWEEN 0 AND 450),
        manajerial_sk INTEGER CHECK (manajerial_sk IS NULL OR manajerial_sk BETWEEN 0 AND 180),
        wawancara     INTEGER CHECK (wawancara IS NULL OR wawancara BETWEEN 0 AND 40),
        ms_tms        TEXT    CHECK (ms_tms IS NULL OR ms_tms IN ('MS', 'TMS')),
        import_id     TEXT    NOT NULL REFERENCES external_score_imports (id),
        file_sha256   TEXT    NOT NULL,
        imported_at   TEXT    NOT NULL,
        PRIMARY KEY (candidate_id, component_key),
        CHECK (CASE source
          WHEN 'external_score' THEN score IS NOT NULL AND teknis IS NULL
            AND manajerial_sk IS NULL AND wawancara IS NULL AND ms_tms IS NULL
          WHEN 'cat_pppk' THEN teknis IS NOT NULL AND manajerial_sk IS NOT NULL
            AND wawancara IS NOT NULL AND score = teknis + manajerial_sk + wawancara
            AND ms_tms IS NULL
          ELSE score IS NULL AND teknis IS NULL AND manajerial_sk IS NULL
            AND wawancara IS NULL AND ms_tms IS NOT NULL
        END)
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX external_scores_by_selection ON external_scores (selection_id);
    `);
  },
};
