import { describe, expect, it } from 'vitest';
import { currentSigner, isUnlocked } from '../../../../src/main/core/device/current-signer';
import { createDeviceKey, getDeviceKey } from '../../../../src/main/core/device/device-key';
import { prepareOsDeviceKey } from '../../../../src/main/core/device/device-start';
import { appErrorOf } from '../../../helpers/app-error';
import { tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';
import { fakeSealer } from './fake-sealer';

describe('the device key at Electron start', () => {
  it('is created, OS-sealed and unlocked on first start, and unlocked on the next', async () => {
    const store = await tempStore();
    const sealer = fakeSealer();
    expect(prepareOsDeviceKey(store, sealer)).toBe('created');
    const info = getDeviceKey(store.db);
    expect(currentSigner(store).fingerprint).toBe(info?.fingerprint);
    // The next start (the same database): no second key, the same one unlocked.
    const next = { db: store.db, deviceId: store.deviceId, now: store.now };
    expect(prepareOsDeviceKey(next, sealer)).toBe('unlocked');
    expect(getDeviceKey(store.db)).toEqual(info);
    expect(store.db.prepare('SELECT count(*) FROM device_keys').pluck().get()).toBe(1);
  });

  it('creates nothing when the OS protects nothing', async () => {
    const store = await tempStore();
    expect(prepareOsDeviceKey(store, fakeSealer(false))).toBe('osUnavailable');
    expect(getDeviceKey(store.db)).toBeNull();
    expect(isUnlocked(store)).toBe(false);
  });

  it('leaves a passphrase key locked until its passphrase is given', async () => {
    const store = await tempStore();
    createDeviceKey(store, 'kopi tubruk di kantor camat', FAST_KDF);
    expect(prepareOsDeviceKey(store, fakeSealer())).toBe('needsPassphrase');
    expect(appErrorOf(() => currentSigner(store)).code).toBe('deviceKey.locked');
  });

  it('throws what the OS refuses, so the shell can log it and start anyway', async () => {
    const store = await tempStore();
    prepareOsDeviceKey(store, fakeSealer());
    const replaced = { db: store.db, deviceId: store.deviceId, now: store.now };
    expect(appErrorOf(() => prepareOsDeviceKey(replaced, fakeSealer())).code).toBe(
      'deviceKey.osUnsealFailed',
    );
  });
});
