/**
 * This installation's Ed25519 device key (docs/device-key.md): created once, its public half in
 * the journal (`device.keyCreated`), its private half sealed under a passphrase in
 * `device_key_secret`. The private key stays in this module: nothing here returns it.
 */
import type { KeyObject } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { DeviceKeyInfo } from '../../../shared/domain/device-key';
import { AppError } from '../../../shared/errors';
import { deviceKeyProofContent } from '../../../shared/journal/events';
import { DEFAULT_KDF, type KdfParams } from '../crypto/kdf';
import {
  generateSealedKeyPair,
  rawPublicKey,
  unsealPrivateKey,
  type SealPurpose,
} from '../crypto/sealed-key';
import { signBytes, signCanonical } from '../crypto/sign';
import { record, type WriteContext } from '../journal/record';
import { checkPassphraseRules } from './passphrase';

/** A device key, sealed under its passphrase. */
export const DEVICE_SEAL: SealPurpose = {
  aad: 'panitia device key v1',
  wrongSecret: 'deviceKey.wrongPassphrase',
  unavailable: 'deviceKey.unavailable',
};

/**
 * Creates this device's key, sealed under `passphrase` (at least 12 characters), and journals its
 * public half. Refuses with `deviceKey.exists` when the device already has one.
 */
export function createDeviceKey(
  store: WriteContext,
  passphrase: string,
  kdf: KdfParams = DEFAULT_KDF,
): DeviceKeyInfo {
  checkPassphraseRules(passphrase);
  const { db, deviceId } = store;
  const existing = getDeviceKey(db, deviceId);
  if (existing) throw new AppError('deviceKey.exists', { fingerprint: existing.fingerprint });
  const { publicKey, fingerprint, sealedKey } = generateSealedKeyPair(passphrase, kdf, DEVICE_SEAL);
  // The proof needs the private key once; it was sealed a moment ago and is opened only here.
  const privateKey = unsealPrivateKey(sealedKey, passphrase, DEVICE_SEAL);
  const proof = signCanonical(privateKey, deviceKeyProofContent(deviceId, publicKey));
  db.transaction(() => {
    record(store, 'device.keyCreated', { publicKey, fingerprint, proof });
    db.prepare('INSERT INTO device_key_secret (device_id, sealed_key) VALUES (?, ?)').run(
      deviceId,
      sealedKey,
    );
  })();
  return getDeviceKey(db, deviceId)!;
}

/** The public side of the device key of `deviceId` (default: this installation), or null. */
export function getDeviceKey(db: Database, deviceId = ownDeviceId(db)): DeviceKeyInfo | null {
  const row = db
    .prepare(
      `SELECT device_id AS deviceId, public_key AS publicKey, fingerprint, created_at AS createdAt
       FROM device_keys WHERE device_id = ?`,
    )
    .get(deviceId) as Omit<DeviceKeyInfo, 'publicKeyHex'> | undefined;
  if (!row) return null;
  return { ...row, publicKeyHex: Buffer.from(row.publicKey, 'base64').toString('hex') };
}

/**
 * The base64 Ed25519 signature of `bytes` by this device's key, opened with `passphrase`.
 * Throws `deviceKey.missing` without a key and `deviceKey.wrongPassphrase` for a wrong one.
 */
export function signWithDeviceKey(
  store: Pick<WriteContext, 'db' | 'deviceId'>,
  passphrase: string,
  bytes: Uint8Array,
): string {
  return signBytes(unlockDeviceKey(store.db, store.deviceId, passphrase), bytes);
}

function unlockDeviceKey(db: Database, deviceId: string, passphrase: string): KeyObject {
  const info = getDeviceKey(db, deviceId);
  if (!info) throw new AppError('deviceKey.missing');
  const sealedKey = db
    .prepare('SELECT sealed_key FROM device_key_secret WHERE device_id = ?')
    .pluck()
    .get(deviceId) as string | undefined;
  if (!sealedKey) throw new AppError('deviceKey.unavailable');
  const privateKey = unsealPrivateKey(sealedKey, passphrase, DEVICE_SEAL);
  // A sealed key that opens but belongs to another public key was swapped: sign nothing with it.
  if (rawPublicKey(privateKey) !== info.publicKey) throw new AppError('deviceKey.unavailable');
  return privateKey;
}

function ownDeviceId(db: Database): string {
  return db.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string;
}
