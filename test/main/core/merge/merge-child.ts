/**
 * The child the merge-kill test kills: run with tsx, it opens the central store and merges the
 * given bundles, printing "merging" when it starts and "merged <journal count>" only after
 * mergeBundles has returned (the merge acknowledged).
 */
import { unlockDeviceSigner } from '../../../../src/main/core/device/device-signer';
import { writeSync } from 'node:fs';
import { mergeBundles } from '../../../../src/main/core/merge/merge';
import { openStore } from '../../../../src/main/core/store/open-store';

async function run(db: string, passphrase: string, files: string[]): Promise<void> {
  const store = await openStore(db);
  writeSync(1, 'merging\n');
  await mergeBundles(store, files, {
    signer: unlockDeviceSigner(store, { passphrase: passphrase }),
  });
  const count = store.db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
  writeSync(1, `merged ${count}\n`);
  store.close();
}

const [db, passphrase, ...files] = process.argv.slice(2);
run(db as string, passphrase as string, files).catch((error: unknown) => {
  writeSync(2, `${String(error)}\n`);
  process.exit(1);
});
