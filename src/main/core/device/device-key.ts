/**
 * This installation's Ed25519 device key (docs/device-key.md): created once, its public half in
 * the journal (`device.keyCreated`), its private half sealed (under a passphrase or by the OS,
 * device-seal.ts) in `device_key_secret`. Nothing here returns the private key.
 */
import type { DeviceKeyInfo } from '../../../shared/domain/device-key';
import { AppError } from '../../../shared/errors';
import { deviceKeyProofContent } from '../../../shared/journal/events';
import { DEFAULT_KDF, type KdfParams } from '../crypto/kdf';
import { fingerprintOf, rawPublicKey } from '../crypto/sealed-key';
import { signCanonical } from '../crypto/sign';
import { record, type WriteContext } from '../journal/record';
import { getDeviceKey } from './device-key-read';
import { generateDeviceKeyPair, type DeviceSecret } from './device-seal';

export { DEVICE_SEAL } from './device-seal';
export { getDeviceKey, readSealedKey } from './device-key-read';

/**
 * Creates this device's key, sealed under a passphrase (a string or `{ passphrase }`, at least 12
 * characters) or by the OS (`{ osSealer }`), and journals its public half. Refuses with
 * `deviceKey.exists` when the device already has one, `deviceKey.osProtectionUnavailable` when
 * the OS cannot protect it.
 */
export function createDeviceKey(
  store: WriteContext,
  secret: string | DeviceSecret,
  kdf: KdfParams = DEFAULT_KDF,
): DeviceKeyInfo {
  const { db, deviceId } = store;
  const existing = getDeviceKey(db, deviceId);
  if (existing) throw new AppError('deviceKey.exists', { fingerprint: existing.fingerprint });
  const how = typeof secret === 'string' ? { passphrase: secret } : secret;
  const { privateKey, sealedKey } = generateDeviceKeyPair(how, kdf);
  const publicKey = rawPublicKey(privateKey);
  const proof = signCanonical(privateKey, deviceKeyProofContent(deviceId, publicKey));
  db.transaction(() => {
    record(store, 'device.keyCreated', { publicKey, fingerprint: fingerprintOf(publicKey), proof });
    db.prepare('INSERT INTO device_key_secret (device_id, sealed_key) VALUES (?, ?)').run(
      deviceId,
      sealedKey,
    );
  })();
  return getDeviceKey(db, deviceId)!;
}
