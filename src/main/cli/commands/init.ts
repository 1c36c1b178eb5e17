/**
 * `panitia init --db FILE --setup F.panitia --office NAME [--fingerprint FP]`: a new office
 * database started from the central office's setup package (docs/merge.md), or nothing at all.
 */
import { existsSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { createDeviceKey } from '../../core/device/device-key';
import { unlockDeviceSigner } from '../../core/device/device-signer';
import { inspectSetup, startOffice } from '../../core/merge/start-office';
import { openStore, type Store } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { reportError, say, type Output } from '../output';
import { askNewPassphrase } from './keys';

/** Options of `panitia init`. */
export interface InitOptions {
  db: string;
  setup: string;
  office: string;
  fingerprint?: string;
}

/**
 * Creates the store and its device key, has the person confirm the package signer's fingerprint,
 * and starts the office. Any refusal or failure removes the new database file again.
 */
export async function initCommand(output: Output, options: InitOptions): Promise<number> {
  const { db } = options;
  if (existsSync(db)) {
    output.err(say(output, 'initExists', { db }));
    return EXIT.refused;
  }
  let store: Store | undefined;
  let done = false;
  try {
    const passphrase = await askNewPassphrase(output);
    if (passphrase === null) return EXIT.refused;
    store = await openStore(db);
    createDeviceKey(store, passphrase);
    const signer = unlockDeviceSigner(store, { passphrase });
    const packageSigner = await inspectSetup(store, options.setup);
    output.out(say(output, 'initPackageSigner', { fingerprint: packageSigner.fingerprint }));
    const typed = options.fingerprint ?? (await askFingerprint(output));
    if (typed === null) {
      output.err(say(output, 'initNeedFingerprint'));
      return EXIT.refused;
    }
    await startOffice(store, options.setup, {
      office: options.office,
      confirmedFingerprint: typed,
      centralLabel: say(output, 'initCentralLabel'),
      signer,
    });
    output.out(say(output, 'initDone', { office: options.office.trim(), file: options.setup }));
    output.out(say(output, 'initReceived', receivedCounts(store)));
    output.out(say(output, 'initOwnFingerprint', { fingerprint: signer.fingerprint }));
    done = true;
    return EXIT.ok;
  } catch (error) {
    return reportError(output, error);
  } finally {
    store?.close();
    if (!done && existsSync(db)) {
      removeDatabase(db);
      output.err(say(output, 'initRemoved', { db }));
    }
  }
}

/** The fingerprint typed at a visible prompt (it is public); null without a terminal. */
async function askFingerprint(output: Output): Promise<string | null> {
  if (!process.stdin.isTTY) return null;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await prompt.question(say(output, 'initAskFingerprint'));
  } finally {
    prompt.close();
  }
}

function receivedCounts(store: Store): Record<string, number> {
  const countOf = (table: string) =>
    store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    selections: countOf('selections'),
    formasi: countOf('formasi'),
    candidates: countOf('candidates'),
  };
}

/** The database and the files SQLite and the store keep beside it. */
function removeDatabase(db: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${db}${suffix}`, { force: true });
}
