/** What the Perangkat screen shows: the device key's public parts, QR code and lock state. */
import type { DeviceStatus } from '../../../shared/contract/device-contract';
import type { Store } from '../store/open-store';
import { isUnlocked } from './current-signer';
import { getDeviceKey, readSealedKey } from './device-key-read';
import { protectionOf } from './device-seal';
import { deviceQrSvg } from './device-qr';
import type { OsSealer } from './os-sealer';

/** The store and, in Electron, the OS sealer. */
export interface DeviceContext {
  store: Pick<Store, 'db' | 'deviceId'>;
  /** The OS sealer (safeStorage) in Electron; absent in web mode and the CLI. */
  osSealer?: OsSealer;
}

/** The status of this installation's device key. */
export async function deviceStatus(context: DeviceContext): Promise<DeviceStatus> {
  const { db, deviceId } = context.store;
  const key = getDeviceKey(db, deviceId);
  const sealedKey = readSealedKey(db, deviceId);
  const osProtectionAvailable = context.osSealer?.available() ?? false;
  return {
    hasKey: key !== null,
    fingerprint: key?.fingerprint ?? null,
    publicKey: key?.publicKey ?? null,
    createdAt: key?.createdAt ?? null,
    // Without a key: what creating one here would use (the OS in Electron).
    protection: sealedKey ? protectionOf(sealedKey) : context.osSealer ? 'os' : 'passphrase',
    unlocked: isUnlocked(context.store),
    osProtectionAvailable,
    qrSvg: key ? await deviceQrSvg(key.fingerprint, key.publicKey) : null,
  };
}
