/**
 * The device key, unlocked once and kept in this (main) process: a signer that signs bytes and
 * tells its fingerprint and public key, while the private key stays in a closure, so it cannot
 * be serialised, logged or sent over IPC by accident.
 */
import type { KeyObject } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { rawPublicKey } from '../crypto/sealed-key';
import { signBytes } from '../crypto/sign';
import type { WriteContext } from '../journal/record';
import { getDeviceKey, readSealedKey } from './device-key-read';
import { openSealedKey, type DeviceSecret } from './device-seal';

/** This device's unlocked key: what it is, and a way to sign with it. */
export interface DeviceSigner {
  /** The fingerprint, "a1b2 c3d4 …". */
  readonly fingerprint: string;
  /** The raw 32-byte Ed25519 public key, base64. */
  readonly publicKey: string;
  /** The base64 Ed25519 signature of `bytes` as given. */
  sign(bytes: Uint8Array): string;
}

/**
 * Opens this device's sealed key with `secret` and returns a signer over it. Throws
 * `deviceKey.missing` without a key, the seal's refusal for a wrong secret (device-seal.ts), and
 * `deviceKey.unavailable` when the stored private key does not belong to the journaled public key.
 */
export function unlockDeviceSigner(
  store: Pick<WriteContext, 'db' | 'deviceId'>,
  secret: DeviceSecret,
): DeviceSigner {
  const info = getDeviceKey(store.db, store.deviceId);
  if (!info) throw new AppError('deviceKey.missing');
  const sealedKey = readSealedKey(store.db, store.deviceId);
  if (!sealedKey) throw new AppError('deviceKey.unavailable');
  const privateKey = openSealedKey(sealedKey, secret);
  // A sealed key that opens but belongs to another public key was swapped: sign nothing with it.
  if (rawPublicKey(privateKey) !== info.publicKey) throw new AppError('deviceKey.unavailable');
  return signerOver(privateKey, info.fingerprint, info.publicKey);
}

function signerOver(privateKey: KeyObject, fingerprint: string, publicKey: string): DeviceSigner {
  // Frozen, and the key only in the closure: JSON.stringify and util.inspect show the public parts.
  return Object.freeze({
    fingerprint,
    publicKey,
    sign: (bytes: Uint8Array) => signBytes(privateKey, bytes),
  });
}
