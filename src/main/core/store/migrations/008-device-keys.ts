/**
 * Schema 8: device keys (docs/device-key.md). `device_keys` is a projection of the journal: the
 * public key of every device whose chain this store holds, so a receiver can check that device's
 * signatures. `device_key_secret` is NOT a projection: this device's sealed private key.
 */
import type { Migration } from './migration';

/** Adds the device keys and this device's sealed private key. */
export const migration008: Migration = {
  version: 8,
  description: 'device keys',
  up(db) {
    db.exec(`
      -- One key per device: the entry that created it is (device_id, seq) in the journal.
      CREATE TABLE device_keys (
        device_id   TEXT    PRIMARY KEY,
        public_key  TEXT    NOT NULL UNIQUE,
        fingerprint TEXT    NOT NULL,
        created_at  TEXT    NOT NULL,
        seq         INTEGER NOT NULL CHECK (seq > 0)
      ) STRICT;

      -- NOT a projection: the sealed private key never enters the journal, which leaves the
      -- device in bundles, and a rebuild does not touch it. The deferred foreign key lets a
      -- rebuild empty and refill device_keys around it in one transaction.
      CREATE TABLE device_key_secret (
        device_id  TEXT PRIMARY KEY
                   REFERENCES device_keys (device_id) DEFERRABLE INITIALLY DEFERRED,
        sealed_key TEXT NOT NULL
      ) STRICT;
    `);
  },
};
