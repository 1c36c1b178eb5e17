import { unlockDeviceSigner } from '../../../src/main/core/device/device-signer';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDeviceKey } from '../../../src/main/core/device/device-key';
import { verifyBytes } from '../../../src/main/core/crypto/sign';
import { openStore } from '../../../src/main/core/store/open-store';
import { count, panitia, panitiaWithEnv } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-store';

const PASSPHRASE = 'sate kambing pak camat 2024';

describe('panitia keys', () => {
  it('says there is no device key yet, and how to create one', () => {
    const db = join(tempDir(), 'kantor.db');
    const shown = panitia('keys', 'show', '--db', db);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Perangkat: [0-9a-f-]{36}\n/);
    expect(shown.stdout).toContain(`panitia keys create --db ${db}`);
    const english = panitia('keys', 'show', '--db', db, '--lang', 'en');
    expect(english.stdout).toContain('This device has no device key yet.');
  });

  it('creates the key from PANITIA_PASSPHRASE and shows its fingerprint and date', async () => {
    const db = join(tempDir(), 'kantor.db');
    const created = panitiaWithEnv(
      { PANITIA_PASSPHRASE: PASSPHRASE },
      'keys',
      'create',
      '--db',
      db,
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Kunci perangkat dibuat');

    const store = await openStore(db);
    const key = getDeviceKey(store.db)!;
    const data = new TextEncoder().encode('checkpoint');
    expect(
      verifyBytes(
        key.publicKey,
        data,
        unlockDeviceSigner(store, { passphrase: PASSPHRASE }).sign(data),
      ),
    ).toBe(true);
    store.close();
    expect(created.stdout).toContain(`Sidik jari: ${key.fingerprint}`);

    const shown = panitia('keys', 'show', '--db', db, '--lang', 'en');
    expect(shown.code).toBe(0);
    expect(shown.stdout.split('\n')).toEqual([
      `Device: ${key.deviceId}`,
      `Fingerprint: ${key.fingerprint}`,
      `Public key (Ed25519, base64): ${key.publicKey}`,
      `Created: ${key.createdAt}`,
      '',
    ]);

    const again = panitiaWithEnv({ PANITIA_PASSPHRASE: PASSPHRASE }, 'keys', 'create', '--db', db);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      `sudah memiliki kunci perangkat (sidik jari ${key.fingerprint})`,
    );
    expect(await count(db, 'SELECT count(*) FROM device_keys')).toBe(1);
  });

  it('refuses a short passphrase, or none, and changes nothing', async () => {
    const db = join(tempDir(), 'kantor.db');
    const short = panitiaWithEnv({ PANITIA_PASSPHRASE: 'pendek' }, 'keys', 'create', '--db', db);
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('minimal 12 karakter');
    // No terminal and no PANITIA_PASSPHRASE: nothing to read.
    const none = panitiaWithEnv(
      { PANITIA_PASSPHRASE: '' },
      'keys',
      'create',
      '--db',
      db,
      '--lang',
      'en',
    );
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('PANITIA_PASSPHRASE');
    const shown = panitia('keys', 'show', '--db', db);
    expect(shown.stdout).toContain('belum memiliki kunci perangkat');
  });

  it('lists the keys commands in the help', () => {
    const help = panitia('keys', '--help', '--lang', 'en');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('show');
    expect(help.stdout).toContain('create');
    expect(help.stdout).toContain('PANITIA_PASSPHRASE');
  });
});
