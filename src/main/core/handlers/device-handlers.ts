/**
 * The device key channels: status, create, unlock and lock. An unlocked key stays in this
 * process (current-signer.ts); the renderer only ever learns its public parts.
 */
import type { Handlers } from '../../../shared/contract/contract';
import { dropSigner, holdSigner } from '../device/current-signer';
import { createDeviceKey } from '../device/device-key';
import { readSealedKey } from '../device/device-key-read';
import { protectionOf, type DeviceSecret } from '../device/device-seal';
import { unlockDeviceSigner } from '../device/device-signer';
import { deviceStatus } from '../device/device-status';
import type { HandlerContext } from '../handlers';

type DeviceChannel = 'device:status' | 'device:createKey' | 'device:unlock' | 'device:lock';

/** Builds the device key handlers; Electron's context carries the OS sealer. */
export function deviceHandlers(context: HandlerContext): Pick<Handlers, DeviceChannel> {
  const { store, osSealer, kdf } = context;
  /** The OS where the key is (or, new, will be) OS-sealed here; the passphrase otherwise. */
  const secretFor = (passphrase: string, sealedKey: string | undefined): DeviceSecret => {
    const os = sealedKey === undefined ? osSealer !== undefined : protectionOf(sealedKey) === 'os';
    // An OS-sealed key without a sealer (web mode) is given the passphrase, to be refused clearly.
    return os && osSealer ? { osSealer } : { passphrase };
  };
  const unlock = (passphrase: string) => {
    const secret = secretFor(passphrase, readSealedKey(store.db, store.deviceId));
    holdSigner(context, unlockDeviceSigner(store, secret));
  };
  return {
    'device:status': () => deviceStatus(context),
    'device:createKey': ({ passphrase }) => {
      createDeviceKey(store, secretFor(passphrase, undefined), kdf);
      // The passphrase was just typed: unlock now rather than ask for it again.
      unlock(passphrase);
      return deviceStatus(context);
    },
    'device:unlock': ({ passphrase }) => {
      unlock(passphrase);
      return deviceStatus(context);
    },
    'device:lock': () => {
      dropSigner(context);
      return deviceStatus(context);
    },
  };
}
