/** `panitia export --db FILE --out F.panitia`: this office's result bundle (docs/bundle-format.md). */
import { exportResultBundle } from '../../core/bundle/result-bundle';
import { getDeviceKey } from '../../core/device/device-key';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { readSecret } from '../read-pin';
import { reportError, say, type Output } from '../output';
import { AppError } from '../../../shared/errors';
import { PASSPHRASE_ENV } from './keys';

/**
 * Writes the result bundle signed by the device key, its passphrase from PANITIA_PASSPHRASE or a
 * hidden prompt. Exit 1 without a device key (checked before asking) or without a passphrase.
 */
export async function exportCommand(output: Output, dbFile: string, out: string): Promise<number> {
  const store = await openStore(dbFile);
  try {
    const key = getDeviceKey(store.db, store.deviceId);
    if (!key) return reportError(output, new AppError('deviceKey.missing'));
    const passphrase = await readSecret(say(output, 'exportPassphrasePrompt'), PASSPHRASE_ENV);
    if (passphrase === null) {
      output.err(say(output, 'keysNoPassphrase', { env: PASSPHRASE_ENV }));
      return EXIT.refused;
    }
    const summary = await exportResultBundle(store, passphrase, out);
    const chains = store.db
      .prepare('SELECT count(DISTINCT device_id) FROM journal')
      .pluck()
      .get() as number;
    output.out(
      say(output, 'exportWritten', {
        file: out,
        entries: summary.count - chains,
        chains,
        fingerprint: key.fingerprint,
      }),
    );
    return EXIT.ok;
  } finally {
    store.close();
  }
}
