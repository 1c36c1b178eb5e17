/** `panitia export --db FILE --out F.panitia`: this office's result bundle (docs/bundle-format.md). */
import { exportChainBundle } from '../../core/bundle/result-bundle';
import { openStore } from '../../core/store/open-store';
import { deviceSignerFor } from '../device-passphrase';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';

/**
 * Writes the result bundle signed by the device key, its passphrase from PANITIA_PASSPHRASE or a
 * hidden prompt. Exit 1 without a device key (checked before asking) or without a passphrase.
 */
export async function exportCommand(output: Output, dbFile: string, out: string): Promise<number> {
  const store = await openStore(dbFile);
  try {
    const signer = await deviceSignerFor(output, store);
    if (!signer) return EXIT.refused;
    const summary = await exportChainBundle(store, signer, out, 'results');
    const chains = store.db
      .prepare('SELECT count(DISTINCT device_id) FROM journal')
      .pluck()
      .get() as number;
    output.out(
      say(output, 'exportWritten', {
        file: out,
        entries: summary.count - chains,
        chains,
        fingerprint: signer.fingerprint,
      }),
    );
    return EXIT.ok;
  } finally {
    store.close();
  }
}
