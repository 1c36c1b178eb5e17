/**
 * How `device.keyCreated` changes `device_keys`. The applier checks the fingerprint and the proof
 * of possession, so a replayed or merged chain cannot carry a key its device never held.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { deviceKeyProofContent } from '../../../shared/journal/events';
import { fingerprintOf } from '../crypto/sealed-key';
import { verifyCanonical } from '../crypto/sign';
import type { Appliers } from '../journal/apply';

/** Appliers for `device.*` entries. */
export const deviceAppliers: Appliers<'device.keyCreated'> = {
  'device.keyCreated'(db, { publicKey, fingerprint, proof }, entry) {
    if (fingerprintOf(publicKey) !== fingerprint) {
      throw new AppError('journal.invalidPayload', {
        kind: entry.kind,
        detail: 'fingerprint ≠ public key',
      });
    }
    if (!verifyCanonical(publicKey, deviceKeyProofContent(entry.device, publicKey), proof)) {
      throw new AppError('journal.invalidPayload', { kind: entry.kind, detail: 'proof invalid' });
    }
    const existing = existingFingerprint(db, entry.device);
    if (existing) throw new AppError('deviceKey.exists', { fingerprint: existing });
    db.prepare(
      `INSERT INTO device_keys (device_id, public_key, fingerprint, created_at, seq)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(entry.device, publicKey, fingerprint, entry.ts, entry.seq);
  },
};

function existingFingerprint(db: Database, device: string): string | undefined {
  return db
    .prepare('SELECT fingerprint FROM device_keys WHERE device_id = ?')
    .pluck()
    .get(device) as string | undefined;
}
