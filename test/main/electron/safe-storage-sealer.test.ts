import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeviceKey } from '../../../src/main/core/device/device-key';
import { unlockDeviceSigner } from '../../../src/main/core/device/device-signer';
import { safeStorageSealer } from '../../../src/main/electron/safe-storage-sealer';
import { appErrorOf } from '../../helpers/app-error';
import { tempStore } from '../../helpers/temp-store';

/** A stand-in for Electron's safeStorage: reversible, and recording what it was given. */
const storage = vi.hoisted(() => ({
  available: true,
  backend: 'gnome_libsecret' as string,
  encrypted: [] as string[],
}));

vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => storage.available,
    getSelectedStorageBackend: () => storage.backend,
    encryptString: (plain: string) => {
      storage.encrypted.push(plain);
      return Buffer.from(`sealed:${plain}`, 'utf8').reverse();
    },
    decryptString: (sealed: Buffer) => {
      const text = Buffer.from(sealed).reverse().toString('utf8');
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext');
      return text.slice('sealed:'.length);
    },
  },
}));

beforeEach(() => {
  storage.available = true;
  storage.backend = 'gnome_libsecret';
  storage.encrypted.length = 0;
});

describe('safeStorage sealer', () => {
  it('is available with a real keyring, on Linux and elsewhere', () => {
    expect(safeStorageSealer('linux').available()).toBe(true);
    storage.backend = 'basic_text';
    // basic_text is a Linux backend; other platforms report it never, so only Linux checks it.
    expect(safeStorageSealer('darwin').available()).toBe(true);
    expect(safeStorageSealer('win32').available()).toBe(true);
  });

  it("refuses Linux's basic_text backend and unavailable encryption", () => {
    storage.backend = 'basic_text';
    expect(safeStorageSealer('linux').available()).toBe(false);
    storage.backend = 'kwallet5';
    storage.available = false;
    expect(safeStorageSealer('linux').available()).toBe(false);
    expect(safeStorageSealer('win32').available()).toBe(false);
  });

  it('round-trips bytes through encryptString and decryptString', () => {
    const sealer = safeStorageSealer('linux');
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    const sealed = sealer.encrypt(bytes);
    expect(storage.encrypted).toEqual([bytes.toString('base64')]);
    expect(sealer.decrypt(sealed).equals(bytes)).toBe(true);
  });

  it('seals a real device key, and the core refuses once the keyring is basic_text', async () => {
    const store = await tempStore();
    const sealer = safeStorageSealer('linux');
    const info = createDeviceKey(store, { osSealer: sealer });
    expect(unlockDeviceSigner(store, { osSealer: sealer }).publicKey).toBe(info.publicKey);
    storage.backend = 'basic_text';
    const refused = appErrorOf(() => unlockDeviceSigner(store, { osSealer: sealer }));
    expect(refused.code).toBe('deviceKey.osProtectionUnavailable');
    const other = await tempStore();
    expect(appErrorOf(() => createDeviceKey(other, { osSealer: sealer })).code).toBe(
      'deviceKey.osProtectionUnavailable',
    );
  });
});
