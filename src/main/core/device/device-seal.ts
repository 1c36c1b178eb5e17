/**
 * The two ways the device's private key is sealed in `device_key_secret`: under a passphrase
 * (`aes-256-gcm$scrypt$…`, web mode and the CLI) or by the operating system (`safestorage$…`,
 * Electron). The stored string says which, so opening needs no other record.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { DEFAULT_KDF, type KdfParams } from '../crypto/kdf';
import { sealPrivateKey, unsealPrivateKey, type SealPurpose } from '../crypto/sealed-key';
import { OS_SEAL_PREFIX, sealWithOs, unsealWithOs, type OsSealer } from './os-sealer';
import { checkPassphraseRules } from './passphrase';

/** A device key, sealed under its passphrase. */
export const DEVICE_SEAL: SealPurpose = {
  aad: 'panitia device key v1',
  wrongSecret: 'deviceKey.wrongPassphrase',
  unavailable: 'deviceKey.unavailable',
};

/** How a device's private key is protected at rest. */
export type DeviceProtection = 'passphrase' | 'os';

/** What seals or opens the private key: a passphrase, or the OS sealer the shell provides. */
export type DeviceSecret = { passphrase: string } | { osSealer: OsSealer | undefined };

/** Which protection sealed `sealedKey`. */
export function protectionOf(sealedKey: string): DeviceProtection {
  return sealedKey.startsWith(OS_SEAL_PREFIX) ? 'os' : 'passphrase';
}

/**
 * Generates a key pair and seals its private half with `secret`. Refuses a passphrase the rules
 * refuse, and OS sealing where the OS protects nothing (`deviceKey.osProtectionUnavailable`).
 */
export function generateDeviceKeyPair(
  secret: DeviceSecret,
  kdf: KdfParams = DEFAULT_KDF,
): { privateKey: KeyObject; sealedKey: string } {
  if ('passphrase' in secret) checkPassphraseRules(secret.passphrase);
  const { privateKey } = generateKeyPairSync('ed25519');
  const sealedKey =
    'passphrase' in secret
      ? sealPrivateKey(privateKey, secret.passphrase, kdf, DEVICE_SEAL)
      : sealWithOs(secret.osSealer, privateKey);
  // Open what was just sealed, so a key that cannot be opened again is never kept.
  return { privateKey: openSealedKey(sealedKey, secret), sealedKey };
}

/**
 * The private key sealed in `sealedKey`, opened with `secret`. A passphrase cannot open an
 * OS-sealed key (`deviceKey.osProtected`: it lives in the desktop app's keyring), and a
 * passphrase-sealed key needs its passphrase (`deviceKey.wrongPassphrase` without it).
 */
export function openSealedKey(sealedKey: string, secret: DeviceSecret): KeyObject {
  if (protectionOf(sealedKey) === 'os') {
    if (!('osSealer' in secret)) throw new AppError('deviceKey.osProtected');
    return unsealWithOs(secret.osSealer, sealedKey);
  }
  if (!('passphrase' in secret)) throw new AppError('deviceKey.wrongPassphrase');
  return unsealPrivateKey(sealedKey, secret.passphrase, DEVICE_SEAL);
}
