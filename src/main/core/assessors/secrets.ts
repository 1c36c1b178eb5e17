/**
 * The assessors' secrets (PIN hash, sealed private key) in `assessor_secrets`: local to this
 * device, outside the journal and outside the projection, so a rebuild keeps them.
 */
import type { Database } from 'better-sqlite3';

/** What this device holds for one assessor. */
export interface AssessorSecrets {
  keyVersion: number;
  pinHash: string;
  sealedKey: string;
}

/** Stores (or replaces) an assessor's secrets for key `keyVersion`. */
export function storeSecrets(db: Database, assessorId: string, secrets: AssessorSecrets): void {
  db.prepare(
    `INSERT INTO assessor_secrets (assessor_id, key_version, pin_hash, sealed_key)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (assessor_id) DO UPDATE SET key_version = excluded.key_version,
       pin_hash = excluded.pin_hash, sealed_key = excluded.sealed_key`,
  ).run(assessorId, secrets.keyVersion, secrets.pinHash, secrets.sealedKey);
}

/** The secrets this device holds for an assessor, or null (enrolled on another device). */
export function readSecrets(db: Database, assessorId: string): AssessorSecrets | null {
  const row = db
    .prepare(
      `SELECT key_version AS keyVersion, pin_hash AS pinHash, sealed_key AS sealedKey
       FROM assessor_secrets WHERE assessor_id = ?`,
    )
    .get(assessorId);
  return (row as AssessorSecrets | undefined) ?? null;
}
