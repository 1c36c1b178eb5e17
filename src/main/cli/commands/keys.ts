/** `panitia keys show|create --db FILE`: this installation's device key (docs/device-key.md). */
import { createDeviceKey, getDeviceKey } from '../../core/device/device-key';
import { checkPassphraseRules } from '../../core/device/passphrase';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { readHidden, readSecret } from '../read-pin';
import { say, type Output } from '../output';

/** The environment variable a script sets instead of typing the passphrase. */
export const PASSPHRASE_ENV = 'PANITIA_PASSPHRASE';

/** Prints the device id, fingerprint, public key and creation date, or how to create a key. */
export async function keysShow(output: Output, dbFile: string): Promise<number> {
  const store = await openStore(dbFile);
  try {
    const key = getDeviceKey(store.db);
    output.out(say(output, 'keysDevice', { device: store.deviceId }));
    if (!key) {
      output.out(say(output, 'keysNone', { db: dbFile }));
      return EXIT.ok;
    }
    output.out(say(output, 'keysFingerprint', { fingerprint: key.fingerprint }));
    output.out(say(output, 'keysPublicKey', { publicKey: key.publicKey }));
    output.out(say(output, 'keysCreatedAt', { createdAt: key.createdAt }));
    return EXIT.ok;
  } finally {
    store.close();
  }
}

/**
 * Creates the device key under a passphrase typed twice at a hidden prompt, or taken once from
 * PANITIA_PASSPHRASE. Exit 1 when there is no passphrase, the two differ, or the rules refuse it.
 */
export async function keysCreate(output: Output, dbFile: string): Promise<number> {
  const passphrase = await askNewPassphrase(output);
  if (passphrase === null) return EXIT.refused;
  const store = await openStore(dbFile);
  try {
    const key = createDeviceKey(store, passphrase);
    output.out(say(output, 'keysCreated', { device: key.deviceId }));
    output.out(say(output, 'keysFingerprint', { fingerprint: key.fingerprint }));
    output.out(say(output, 'keysRemember'));
    return EXIT.ok;
  } finally {
    store.close();
  }
}

/**
 * A new passphrase from PANITIA_PASSPHRASE, or typed twice at a hidden prompt; null (said on
 * stderr) when there is none or the two differ. Throws the rules' refusal of a weak one.
 */
export async function askNewPassphrase(output: Output): Promise<string | null> {
  const passphrase = await readSecret(say(output, 'keysPassphrasePrompt'), PASSPHRASE_ENV);
  if (passphrase === null) {
    output.err(say(output, 'keysNoPassphrase', { env: PASSPHRASE_ENV }));
    return null;
  }
  // Refuse a short passphrase before asking for it a second time.
  checkPassphraseRules(passphrase);
  if (!process.env[PASSPHRASE_ENV]) {
    const repeated = await readHidden(say(output, 'keysPassphraseRepeat'));
    if (repeated !== passphrase) {
      output.err(say(output, 'keysPassphraseMismatch'));
      return null;
    }
  }
  return passphrase;
}
