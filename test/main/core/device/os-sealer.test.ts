import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rawPublicKey } from '../../../../src/main/core/crypto/sealed-key';
import { verifyBytes } from '../../../../src/main/core/crypto/sign';
import { createDeviceKey, getDeviceKey } from '../../../../src/main/core/device/device-key';
import { protectionOf } from '../../../../src/main/core/device/device-seal';
import { unlockDeviceSigner } from '../../../../src/main/core/device/device-signer';
import {
  OS_SEAL_PREFIX,
  sealWithOs,
  unsealWithOs,
} from '../../../../src/main/core/device/os-sealer';
import { errorMessage } from '../../../../src/shared/i18n/errors';
import { appErrorOf } from '../../../helpers/app-error';
import { tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';
import { fakeSealer } from './fake-sealer';

const DATA = new TextEncoder().encode('daftar hadir sesi 1');

describe('OS sealing of the device key', () => {
  it('round-trips a private key through the OS sealer, with a distinguishable prefix', () => {
    const sealer = fakeSealer();
    const { privateKey } = generateKeyPairSync('ed25519');
    const sealed = sealWithOs(sealer, privateKey);
    expect(sealed.startsWith(OS_SEAL_PREFIX)).toBe(true);
    expect(protectionOf(sealed)).toBe('os');
    expect(rawPublicKey(unsealWithOs(sealer, sealed))).toBe(rawPublicKey(privateKey));
    // Another "OS" (another user, a replaced keyring) cannot open it.
    expect(appErrorOf(() => unsealWithOs(fakeSealer(), sealed)).code).toBe(
      'deviceKey.osUnsealFailed',
    );
  });

  it('refuses bytes the OS sealed for another purpose', () => {
    const sealer = fakeSealer();
    const { privateKey } = generateKeyPairSync('ed25519');
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    const foreign = OS_SEAL_PREFIX + sealer.encrypt(der).toString('base64');
    expect(appErrorOf(() => unsealWithOs(sealer, foreign)).code).toBe('deviceKey.unavailable');
  });

  it('creates an OS-sealed key that signs, and that no passphrase opens', async () => {
    const store = await tempStore();
    const sealer = fakeSealer();
    const info = createDeviceKey(store, { osSealer: sealer });
    const sealed = store.db.prepare('SELECT sealed_key FROM device_key_secret').pluck().get();
    expect(String(sealed).startsWith('safestorage$')).toBe(true);
    const signer = unlockDeviceSigner(store, { osSealer: sealer });
    expect(signer.fingerprint).toBe(info.fingerprint);
    expect(verifyBytes(info.publicKey, DATA, signer.sign(DATA))).toBe(true);
    const web = appErrorOf(() => unlockDeviceSigner(store, { passphrase: 'x'.repeat(12) }));
    expect(web.code).toBe('deviceKey.osProtected');
  });

  it('refuses to create or open a key when the OS protects nothing (no keyring, basic_text)', async () => {
    const store = await tempStore();
    const sealer = fakeSealer(false);
    const refused = appErrorOf(() => createDeviceKey(store, { osSealer: sealer }));
    expect(refused.code).toBe('deviceKey.osProtectionUnavailable');
    expect(errorMessage(refused.code, {}, 'id')).toContain('gnome-keyring');
    expect(errorMessage(refused.code, {}, 'en')).toContain('web mode with a passphrase');
    expect(getDeviceKey(store.db)).toBeNull();
    expect(store.db.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(0);
    // A key sealed while the keyring worked is not opened once it stops protecting.
    sealer.on = true;
    createDeviceKey(store, { osSealer: sealer });
    sealer.on = false;
    expect(appErrorOf(() => unlockDeviceSigner(store, { osSealer: sealer })).code).toBe(
      'deviceKey.osProtectionUnavailable',
    );
    expect(appErrorOf(() => unlockDeviceSigner(store, { osSealer: undefined })).code).toBe(
      'deviceKey.osProtectionUnavailable',
    );
  });

  it('keeps passphrase keys as they were, and does not open them with the OS', async () => {
    const store = await tempStore();
    createDeviceKey(store, 'kopi tubruk di kantor camat', FAST_KDF);
    const sealed = store.db.prepare('SELECT sealed_key FROM device_key_secret').pluck().get();
    expect(protectionOf(String(sealed))).toBe('passphrase');
    expect(appErrorOf(() => unlockDeviceSigner(store, { osSealer: fakeSealer() })).code).toBe(
      'deviceKey.wrongPassphrase',
    );
  });
});
