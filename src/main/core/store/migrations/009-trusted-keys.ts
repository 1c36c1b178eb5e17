/**
 * Schema 9: the trust registry (docs/trust-registry.md). `trusted_keys` is a projection of the
 * journal (`trust.pinned`, `trust.revoked`), so every change to it is an auditable entry.
 */
import type { Migration } from './migration';

/** Adds the pinned keys. */
export const migration009: Migration = {
  version: 9,
  description: 'trust registry',
  up(db) {
    db.exec(`
      -- A revoked key keeps its row: a receiver must still be able to say "revoked", not "unknown".
      CREATE TABLE trusted_keys (
        fingerprint   TEXT PRIMARY KEY,
        public_key    TEXT NOT NULL UNIQUE,
        label         TEXT NOT NULL CHECK (length(label) > 0),
        role          TEXT NOT NULL CHECK (role IN ('central', 'office', 'assessor')),
        valid_from    TEXT NOT NULL,
        revoked_at    TEXT,
        revoke_reason TEXT,
        CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
      ) STRICT;
    `);
  },
};
