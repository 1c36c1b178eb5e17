/** Reading the device key tables: the journaled public half and the sealed private half. */
import type { Database } from 'better-sqlite3';
import { ownDeviceId } from '../store/own-device';
import type { DeviceKeyInfo } from '../../../shared/domain/device-key';

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

/** The sealed private key of `deviceId` as stored, or undefined when there is none. */
export function readSealedKey(db: Database, deviceId: string): string | undefined {
  return db
    .prepare('SELECT sealed_key FROM device_key_secret WHERE device_id = ?')
    .pluck()
    .get(deviceId) as string | undefined;
}
