import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { verifyBytes } from '../../../../src/main/core/crypto/sign';
import {
  currentSigner,
  dropSigner,
  holdSigner,
  isUnlocked,
} from '../../../../src/main/core/device/current-signer';
import { createDeviceKey, readSealedKey } from '../../../../src/main/core/device/device-key';
import { unlockDeviceSigner } from '../../../../src/main/core/device/device-signer';
import { errorMessage } from '../../../../src/shared/i18n/errors';
import { appErrorOf } from '../../../helpers/app-error';
import { tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';
import { fakeSealer } from './fake-sealer';

const PASSPHRASE = 'kopi tubruk di kantor camat';
const DATA = new TextEncoder().encode('berita acara sesi 1');

/** Every form the private key could leak in: PKCS#8 DER and the raw seed, base64 and hex. */
function keyMaterial(
  store: Awaited<ReturnType<typeof tempStore>>,
  sealer: ReturnType<typeof fakeSealer>,
) {
  const sealed = readSealedKey(store.db, store.deviceId) as string;
  const der = sealer.decrypt(Buffer.from(sealed.slice('safestorage$'.length), 'base64'));
  const pkcs8 = der.subarray(der.indexOf(0) + 1);
  const seed = pkcs8.subarray(-32);
  return [pkcs8, seed].flatMap((b) => [b.toString('base64'), b.toString('hex')]);
}

describe('device signer', () => {
  it('unlocks once and signs many times without opening the key again', async () => {
    const store = await tempStore();
    const sealer = fakeSealer();
    const info = createDeviceKey(store, { osSealer: sealer });
    const before = sealer.decrypts;
    const signer = unlockDeviceSigner(store, { osSealer: sealer });
    const other = new TextEncoder().encode('rekap nilai');
    for (const bytes of [DATA, other, DATA]) {
      expect(verifyBytes(info.publicKey, bytes, signer.sign(bytes))).toBe(true);
    }
    expect(sealer.decrypts - before).toBe(1);
    expect(signer.publicKey).toBe(info.publicKey);
  });

  it('never exposes the private key: not in JSON, inspect, keys or properties', async () => {
    const store = await tempStore();
    const sealer = fakeSealer();
    createDeviceKey(store, { osSealer: sealer });
    const signer = unlockDeviceSigner(store, { osSealer: sealer });
    const shown = [JSON.stringify(signer), inspect(signer, { depth: 10, showHidden: true })];
    for (const material of keyMaterial(store, sealer)) {
      for (const text of shown) expect(text).not.toContain(material);
    }
    expect(Object.keys(signer).sort()).toEqual(['fingerprint', 'publicKey', 'sign']);
    expect(JSON.parse(shown[0] as string)).toEqual({
      fingerprint: signer.fingerprint,
      publicKey: signer.publicKey,
    });
    expect(Object.isFrozen(signer)).toBe(true);
  });

  it('opens a passphrase key with its passphrase only', async () => {
    const store = await tempStore();
    const info = createDeviceKey(store, PASSPHRASE, FAST_KDF);
    const signer = unlockDeviceSigner(store, { passphrase: PASSPHRASE });
    expect(verifyBytes(info.publicKey, DATA, signer.sign(DATA))).toBe(true);
    expect(appErrorOf(() => unlockDeviceSigner(store, { passphrase: `${PASSPHRASE}.` })).code).toBe(
      'deviceKey.wrongPassphrase',
    );
  });

  it('is held per store for the run, and refused with a translated error when locked', async () => {
    const store = await tempStore();
    const other = await tempStore();
    createDeviceKey(store, PASSPHRASE, FAST_KDF);
    const locked = appErrorOf(() => currentSigner(store));
    expect(locked.code).toBe('deviceKey.locked');
    expect(errorMessage(locked.code, {}, 'id')).toContain('layar Perangkat');
    expect(errorMessage(locked.code, {}, 'en')).toContain('Device screen');
    const signer = unlockDeviceSigner(store, { passphrase: PASSPHRASE });
    holdSigner(store, signer);
    expect(isUnlocked(store)).toBe(true);
    // A Store, a WriteContext or a HandlerContext all reach the same signer.
    expect(currentSigner(store)).toBe(signer);
    expect(currentSigner({ store })).toBe(signer);
    expect(isUnlocked(other)).toBe(false);
    dropSigner({ store });
    expect(appErrorOf(() => currentSigner(store)).code).toBe('deviceKey.locked');
  });
});
