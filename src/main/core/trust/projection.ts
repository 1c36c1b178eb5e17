/**
 * How `trust.pinned` and `trust.revoked` change `trusted_keys`. The appliers refuse what the
 * registry functions refuse, so a rebuilt registry is the one that was written.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { fingerprintOf } from '../crypto/sealed-key';
import type { Appliers } from '../journal/apply';
import { ownDeviceId } from '../store/own-device';

/**
 * Appliers for `trust.*` entries. The registry is this installation's own: another device's pins
 * arrive with its chain in a merge and stay in the journal for the record, but pin nothing here.
 */
export const trustAppliers: Appliers<'trust.pinned' | 'trust.revoked'> = {
  'trust.pinned'(db, { publicKey, fingerprint, label, role }, entry) {
    if (entry.device !== ownDeviceId(db)) return;
    if (fingerprintOf(publicKey) !== fingerprint) {
      throw new AppError('journal.invalidPayload', {
        kind: entry.kind,
        detail: 'fingerprint ≠ public key',
      });
    }
    if (pinned(db, fingerprint)) throw new AppError('trust.alreadyPinned', { fingerprint });
    db.prepare(
      `INSERT INTO trusted_keys (fingerprint, public_key, label, role, valid_from)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(fingerprint, publicKey, label, role, entry.ts);
  },
  'trust.revoked'(db, { fingerprint, reason }, entry) {
    if (entry.device !== ownDeviceId(db)) return;
    const row = pinned(db, fingerprint);
    if (!row) throw new AppError('trust.notPinned', { fingerprint });
    if (row.revoked_at !== null) {
      throw new AppError('trust.alreadyRevoked', { fingerprint, revokedAt: row.revoked_at });
    }
    db.prepare(
      'UPDATE trusted_keys SET revoked_at = ?, revoke_reason = ? WHERE fingerprint = ?',
    ).run(entry.ts, reason, fingerprint);
  },
};

function pinned(db: Database, fingerprint: string) {
  return db
    .prepare('SELECT revoked_at FROM trusted_keys WHERE fingerprint = ?')
    .get(fingerprint) as { revoked_at: string | null } | undefined;
}
