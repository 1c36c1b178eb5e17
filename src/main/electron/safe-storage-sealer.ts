/**
 * The OS sealer of the device key over Electron's `safeStorage`. Like Signal, it reports itself
 * unavailable, so that the core refuses to create or open an OS-sealed key, when encryption is
 * unavailable or when Linux has no keyring and falls back to `basic_text` (a hard-coded key that
 * protects nothing).
 */
import { safeStorage } from 'electron';
import type { OsSealer } from '../core/device/os-sealer';

/** The OS sealer backed by `safeStorage`; call after the app is ready. */
export function safeStorageSealer(platform: NodeJS.Platform = process.platform): OsSealer {
  return {
    available: () => {
      if (!safeStorage.isEncryptionAvailable()) return false;
      return platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
    },
    // safeStorage seals strings; base64 carries the DER bytes through unchanged.
    encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
    decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
}
