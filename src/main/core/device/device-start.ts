/**
 * What Electron does with the device key at start: create it, sealed by the OS, when there is
 * none and the OS can protect it; unlock an OS-sealed key for this run. A passphrase-sealed key
 * (made by the CLI or web mode) waits for its passphrase on the Perangkat screen.
 */
import type { WriteContext } from '../journal/record';
import { holdSigner } from './current-signer';
import { createDeviceKey } from './device-key';
import { getDeviceKey, readSealedKey } from './device-key-read';
import { protectionOf } from './device-seal';
import { unlockDeviceSigner } from './device-signer';
import type { OsSealer } from './os-sealer';

/** What {@link prepareOsDeviceKey} did. */
export type DeviceStart = 'created' | 'unlocked' | 'needsPassphrase' | 'osUnavailable';

/**
 * Creates or unlocks the OS-sealed device key of `store`. Refusals of the OS (a locked or
 * replaced keyring) are thrown: the caller logs them and starts anyway, and the Perangkat screen
 * shows the key as locked.
 */
export function prepareOsDeviceKey(store: WriteContext, sealer: OsSealer): DeviceStart {
  const { db, deviceId } = store;
  if (!getDeviceKey(db, deviceId)) {
    if (!sealer.available()) return 'osUnavailable';
    createDeviceKey(store, { osSealer: sealer });
    holdSigner(store, unlockDeviceSigner(store, { osSealer: sealer }));
    return 'created';
  }
  const sealedKey = readSealedKey(db, deviceId);
  if (!sealedKey || protectionOf(sealedKey) !== 'os') return 'needsPassphrase';
  if (!sealer.available()) return 'osUnavailable';
  holdSigner(store, unlockDeviceSigner(store, { osSealer: sealer }));
  return 'unlocked';
}
