/**
 * Sealing the device key with the operating system's secret store instead of a passphrase: in
 * Electron, `safeStorage` (Keychain, DPAPI, or the Secret Service / KWallet on Linux). The core
 * only sees this interface; the shell supplies the implementation (src/main/electron).
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { AppError } from '../../../shared/errors';

/** The operating system's encryption, as the shell offers it. */
export interface OsSealer {
  /** Whether sealing protects anything: false without a keyring or with Linux's `basic_text`. */
  available(): boolean;
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

/** The prefix of a private key sealed by the OS: `safestorage$<base64 of the sealed bytes>`. */
export const OS_SEAL_PREFIX = 'safestorage$';

// Bound into the sealed plaintext, so that bytes the OS sealed for another purpose (or another
// program's secret) never open as a device key.
const PURPOSE = Buffer.from('panitia device key v1\0', 'utf8');

/** Refuses with `deviceKey.osProtectionUnavailable` when there is no sealer or it protects nothing. */
export function requireOsSealer(sealer: OsSealer | undefined): OsSealer {
  if (!sealer?.available()) throw new AppError('deviceKey.osProtectionUnavailable');
  return sealer;
}

/** Seals `privateKey` (its PKCS#8 DER) with the OS; refuses when OS protection is unavailable. */
export function sealWithOs(sealer: OsSealer | undefined, privateKey: KeyObject): string {
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const sealed = requireOsSealer(sealer).encrypt(Buffer.concat([PURPOSE, der]));
  return OS_SEAL_PREFIX + sealed.toString('base64');
}

/**
 * The private key in an OS-sealed `sealedKey`. Throws `deviceKey.osProtectionUnavailable` when the
 * OS cannot protect (or here, open) it now, `deviceKey.osUnsealFailed` when the OS refuses the
 * bytes (another user, a replaced keyring) and `deviceKey.unavailable` for a malformed blob.
 */
export function unsealWithOs(sealer: OsSealer | undefined, sealedKey: string): KeyObject {
  if (!sealedKey.startsWith(OS_SEAL_PREFIX)) throw new AppError('deviceKey.unavailable');
  const os = requireOsSealer(sealer);
  let plain: Buffer;
  try {
    plain = os.decrypt(Buffer.from(sealedKey.slice(OS_SEAL_PREFIX.length), 'base64'));
  } catch {
    throw new AppError('deviceKey.osUnsealFailed');
  }
  if (!plain.subarray(0, PURPOSE.length).equals(PURPOSE)) {
    throw new AppError('deviceKey.unavailable');
  }
  try {
    return createPrivateKey({
      key: plain.subarray(PURPOSE.length),
      format: 'der',
      type: 'pkcs8',
    });
  } catch {
    throw new AppError('deviceKey.unavailable');
  }
}
