/**
 * Schema 10: what a merge receives and keeps (docs/merge.md). `received_bundles`,
 * `received_checkpoints` and `held_entries` are facts received from outside, kept across rebuilds
 * like sealed secrets; `replay_exclusions` and `merge_reports` are projections the replay rebuilds.
 */
import type { Migration } from './migration';

/** Adds the tables of merge and quarantine. */
export const migration010: Migration = {
  version: 10,
  description: 'merge and quarantine',
  up(db) {
    db.exec(`
      -- Every bundle taken in, identified by the SHA-256 of the whole file.
      CREATE TABLE received_bundles (
        hash               TEXT PRIMARY KEY,
        kind               TEXT    NOT NULL CHECK (kind IN ('setup', 'results')),
        signer_public_key  TEXT    NOT NULL,
        signer_fingerprint TEXT    NOT NULL,
        created_by         TEXT    NOT NULL,
        file_name          TEXT    NOT NULL,
        entries            INTEGER NOT NULL,
        received_at        TEXT    NOT NULL,
        trust              TEXT    NOT NULL CHECK (trust IN ('own', 'trusted', 'untrusted'))
      ) STRICT;

      -- Signed checkpoints received, one per chain head, with the key that signed each: exported
      -- again unchanged, so the level above can check each chain against its own device.
      CREATE TABLE received_checkpoints (
        device_id   TEXT    NOT NULL,
        last_seq    INTEGER NOT NULL,
        head_hash   TEXT    NOT NULL,
        public_key  TEXT    NOT NULL,
        signature   TEXT    NOT NULL,
        bundle_hash TEXT    NOT NULL,
        PRIMARY KEY (device_id, head_hash)
      ) STRICT;

      -- Entries received but not in the journal: the other side of a fork (the journal holds one
      -- entry per device and sequence), or everything from a signer not (yet) trusted.
      CREATE TABLE held_entries (
        bundle_hash TEXT    NOT NULL,
        hash        TEXT    NOT NULL,
        device_id   TEXT    NOT NULL,
        seq         INTEGER NOT NULL,
        prev_hash   TEXT    NOT NULL,
        ts          TEXT    NOT NULL,
        kind        TEXT    NOT NULL,
        payload     TEXT    NOT NULL,
        why         TEXT    NOT NULL CHECK (why IN ('fork', 'untrusted')),
        PRIMARY KEY (bundle_hash, hash)
      ) STRICT;
      CREATE INDEX held_entries_by_chain ON held_entries (device_id, seq);

      -- Projection: entries the replay left out, and why (fork, sheet on two devices, or the
      -- error that refused them). Rebuilt with the state, so it depends only on the entries held.
      CREATE TABLE replay_exclusions (
        device_id TEXT    NOT NULL,
        seq       INTEGER NOT NULL,
        hash      TEXT    NOT NULL,
        kind      TEXT    NOT NULL,
        item_id   TEXT    NOT NULL,
        reason    TEXT    NOT NULL,
        params    TEXT    NOT NULL,
        PRIMARY KEY (hash)
      ) STRICT;
      CREATE INDEX replay_exclusions_by_item ON replay_exclusions (item_id);

      -- Projection of merge.recorded: each merge's signed report.
      CREATE TABLE merge_reports (
        id          TEXT PRIMARY KEY,
        device_id   TEXT    NOT NULL,
        seq         INTEGER NOT NULL,
        recorded_at TEXT    NOT NULL,
        report      TEXT    NOT NULL,
        signature   TEXT    NOT NULL,
        public_key  TEXT    NOT NULL
      ) STRICT;
    `);
  },
};
