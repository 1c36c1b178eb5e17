import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src/main/core/contract/dispatch';
import { verifyBytes } from '../../../../src/main/core/crypto/sign';
import { currentSigner } from '../../../../src/main/core/device/current-signer';
import { createDeviceKey } from '../../../../src/main/core/device/device-key';
import { deviceQrContent } from '../../../../src/main/core/device/device-qr';
import { createHandlers, type HandlerContext } from '../../../../src/main/core/handlers';
import type { Channel } from '../../../../src/shared/contract/channels';
import type { Output } from '../../../../src/shared/contract/contract';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempDir, tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';
import { fakeSealer } from '../device/fake-sealer';

const PASSPHRASE = 'kopi tubruk di kantor camat';
const DATA = new TextEncoder().encode('pengumuman');

async function deviceHandlers(extra: Partial<HandlerContext> = {}) {
  const store = await tempStore();
  const context: HandlerContext = {
    store,
    dataDir: tempDir(),
    resourcesDir: RESOURCES_DIR,
    transport: extra.osSealer ? 'electron' : 'web',
    version: 'test',
    kdf: FAST_KDF,
    ...extra,
  };
  const handlers = createHandlers(context);
  const call = async <C extends Channel>(channel: C, input: unknown = {}) =>
    (await dispatch(handlers, channel, input)) as Output<C>;
  return { store, context, call };
}

describe('device channels through dispatch (web mode: passphrase)', () => {
  it('reports no key, then creates one under a passphrase, unlocked for this run', async () => {
    const { store, call } = await deviceHandlers();
    expect(await call('device:status')).toEqual({
      hasKey: false,
      fingerprint: null,
      publicKey: null,
      createdAt: null,
      protection: 'passphrase',
      unlocked: false,
      osProtectionAvailable: false,
      qrSvg: null,
    });
    const short = await asyncAppErrorOf(() => call('device:createKey', { passphrase: 'pendek' }));
    expect(short.code).toBe('deviceKey.passphraseTooShort');
    const created = await call('device:createKey', { passphrase: PASSPHRASE });
    expect(created).toMatchObject({ hasKey: true, protection: 'passphrase', unlocked: true });
    expect(created.fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);
    expect(created.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const signature = currentSigner(store).sign(DATA);
    expect(verifyBytes(created.publicKey as string, DATA, signature)).toBe(true);
    // Nothing in any answer is private key material: only public fields.
    expect(JSON.stringify(created)).not.toMatch(/aes-256-gcm|safestorage|BEGIN/);
  });

  it('locks and unlocks with the passphrase, refusing a wrong one in the user language', async () => {
    const { store, call } = await deviceHandlers();
    createDeviceKey(store, PASSPHRASE, FAST_KDF);
    expect((await call('device:status')).unlocked).toBe(false);
    const wrong = await asyncAppErrorOf(() =>
      call('device:unlock', { passphrase: 'salah salah salah' }),
    );
    expect(wrong.code).toBe('deviceKey.wrongPassphrase');
    expect((await call('device:unlock', { passphrase: PASSPHRASE })).unlocked).toBe(true);
    expect(currentSigner(store).publicKey).toBe((await call('device:status')).publicKey);
    expect((await call('device:lock')).unlocked).toBe(false);
    expect((await asyncAppErrorOf(async () => currentSigner(store))).code).toBe('deviceKey.locked');
  });

  it('refuses to unlock an OS-sealed key in web mode with a clear message', async () => {
    const { store, call } = await deviceHandlers();
    createDeviceKey(store, { osSealer: fakeSealer() });
    expect((await call('device:status')).protection).toBe('os');
    const refused = await asyncAppErrorOf(() => call('device:unlock', { passphrase: PASSPHRASE }));
    expect(refused.code).toBe('deviceKey.osProtected');
  });

  it('refuses input that is not a passphrase', async () => {
    const { call } = await deviceHandlers();
    const error = await asyncAppErrorOf(() => call('device:unlock', { passphrase: 42 }));
    expect(error.code).toBe('request.invalid');
  });
});

describe('device channels through dispatch (Electron: OS sealing)', () => {
  it('creates an OS-sealed key ignoring the passphrase, and shows its QR content', async () => {
    const sealer = fakeSealer();
    const { store, call } = await deviceHandlers({ osSealer: sealer });
    expect(await call('device:status')).toMatchObject({
      hasKey: false,
      protection: 'os',
      osProtectionAvailable: true,
    });
    const created = await call('device:createKey', {});
    expect(created).toMatchObject({ hasKey: true, protection: 'os', unlocked: true });
    const sealed = store.db.prepare('SELECT sealed_key FROM device_key_secret').pluck().get();
    expect(String(sealed)).toMatch(/^safestorage\$/);
    expect((await call('device:lock')).unlocked).toBe(false);
    expect((await call('device:unlock', {})).unlocked).toBe(true);
    const content = deviceQrContent(created.fingerprint as string, created.publicKey as string);
    expect(content).toBe(
      `panitia-device:${(created.fingerprint as string).replaceAll(' ', '')}:${created.publicKey}`,
    );
  });

  it('refuses to create a key when the OS protects nothing (basic_text)', async () => {
    const { call } = await deviceHandlers({ osSealer: fakeSealer(false) });
    expect(await call('device:status')).toMatchObject({
      protection: 'os',
      osProtectionAvailable: false,
    });
    const refused = await asyncAppErrorOf(() =>
      call('device:createKey', { passphrase: PASSPHRASE }),
    );
    expect(refused.code).toBe('deviceKey.osProtectionUnavailable');
    expect((await call('device:status')).hasKey).toBe(false);
  });

  it('unlocks a passphrase key made by the CLI with its passphrase', async () => {
    const sealer = fakeSealer();
    const { store, call } = await deviceHandlers({ osSealer: sealer });
    createDeviceKey(store, PASSPHRASE, FAST_KDF);
    expect((await call('device:status')).protection).toBe('passphrase');
    expect((await call('device:unlock', { passphrase: PASSPHRASE })).unlocked).toBe(true);
  });
});
