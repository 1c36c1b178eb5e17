/** The unlocked device key of a CLI command, its passphrase from PANITIA_PASSPHRASE or a prompt. */
import { AppError } from '../../shared/errors';
import { getDeviceKey } from '../core/device/device-key';
import { unlockDeviceSigner, type DeviceSigner } from '../core/device/device-signer';
import type { Store } from '../core/store/open-store';
import { PASSPHRASE_ENV } from './commands/keys';
import { say, type Output } from './output';
import { readSecret } from './read-pin';

/**
 * This store's device signer; throws `deviceKey.missing` before asking, and null (said on stderr)
 * when there is no passphrase to ask for.
 */
export async function deviceSignerFor(output: Output, store: Store): Promise<DeviceSigner | null> {
  if (!getDeviceKey(store.db, store.deviceId)) throw new AppError('deviceKey.missing');
  const passphrase = await readSecret(say(output, 'exportPassphrasePrompt'), PASSPHRASE_ENV);
  if (passphrase === null) {
    output.err(say(output, 'keysNoPassphrase', { env: PASSPHRASE_ENV }));
    return null;
  }
  return unlockDeviceSigner(store, { passphrase });
}
