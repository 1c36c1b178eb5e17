import { unlockDeviceSigner } from '../../../../src/main/core/device/device-signer';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDeviceKey, getDeviceKey } from '../../../../src/main/core/device/device-key';
import { checkPassphraseRules } from '../../../../src/main/core/device/passphrase';
import { verifyBytes } from '../../../../src/main/core/crypto/sign';
import { rebuildState } from '../../../../src/main/core/journal/rebuild';
import { record } from '../../../../src/main/core/journal/record';
import { verifyJournal } from '../../../../src/main/core/journal/verify';
import { STATE_TABLES } from '../../../../src/main/core/journal/state-tables';
import { errorMessage } from '../../../../src/shared/i18n/errors';
import { appErrorOf } from '../../../helpers/app-error';
import { tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';

const PASSPHRASE = 'kopi tubruk di kantor camat';
const DATA = new TextEncoder().encode('berita acara sesi 1');

describe('device key', () => {
  it('does not exist until created', async () => {
    const store = await tempStore();
    expect(getDeviceKey(store.db)).toBeNull();
    expect(
      appErrorOf(() => unlockDeviceSigner(store, { passphrase: PASSPHRASE }).sign(DATA)).code,
    ).toBe('deviceKey.missing');
  });

  it('is created once, journaled with its public half, and shown by its fingerprint', async () => {
    const store = await tempStore();
    const info = createDeviceKey(store, PASSPHRASE, FAST_KDF);
    expect(getDeviceKey(store.db)).toEqual(info);
    expect(info.deviceId).toBe(store.deviceId);
    const raw = Buffer.from(info.publicKey, 'base64');
    expect(raw).toHaveLength(32);
    expect(info.publicKeyHex).toBe(raw.toString('hex'));
    const digest = createHash('sha256').update(raw).digest('hex');
    expect(info.fingerprint.replaceAll(' ', '')).toBe(digest.slice(0, 32));
    expect(info.fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);

    const entry = store.db
      .prepare("SELECT device_id, seq, ts, payload FROM journal WHERE kind = 'device.keyCreated'")
      .get() as { device_id: string; seq: number; ts: string; payload: string };
    expect(entry.device_id).toBe(store.deviceId);
    expect(entry.ts).toBe(info.createdAt);
    const payload = JSON.parse(entry.payload) as Record<string, unknown>;
    expect(Object.keys(payload).sort()).toEqual(['fingerprint', 'proof', 'publicKey']);
    expect(payload.publicKey).toBe(info.publicKey);

    const sealed = store.db.prepare('SELECT sealed_key FROM device_key_secret').pluck().get();
    expect(sealed).toMatch(/^aes-256-gcm\$scrypt\$1024\$8\$1\$/);
    // The private key is nowhere in the journal.
    const journal = store.db.prepare('SELECT payload FROM journal').pluck().all().join('\n');
    expect(journal).not.toContain(String(sealed).split('$').at(-1));

    const again = appErrorOf(() => createDeviceKey(store, PASSPHRASE, FAST_KDF));
    expect(again.code).toBe('deviceKey.exists');
    expect(again.params).toEqual({ fingerprint: info.fingerprint });
    expect(verifyJournal(store.db).firstBreak).toBeNull();
  });

  it('has the fingerprint that the shell command in docs/device-key.md computes', async () => {
    const store = await tempStore();
    const { publicKey, fingerprint } = createDeviceKey(store, PASSPHRASE, FAST_KDF);
    const shell = 'echo -n "$PUBLIC_KEY_BASE64" | base64 -d | sha256sum | cut -c1-32';
    const printed = execFileSync('sh', ['-c', shell], {
      encoding: 'utf8',
      env: { ...process.env, PUBLIC_KEY_BASE64: publicKey },
    });
    expect(printed.trim()).toBe(fingerprint.replaceAll(' ', ''));
  });

  it('signs bytes that verify against the public key, and refuses a wrong passphrase', async () => {
    const store = await tempStore();
    const { publicKey } = createDeviceKey(store, PASSPHRASE, FAST_KDF);
    const signature = unlockDeviceSigner(store, { passphrase: PASSPHRASE }).sign(DATA);
    expect(verifyBytes(publicKey, DATA, signature)).toBe(true);
    expect(verifyBytes(publicKey, new TextEncoder().encode('berita acara sesi 2'), signature)).toBe(
      false,
    );
    const wrong = appErrorOf(() =>
      unlockDeviceSigner(store, { passphrase: `${PASSPHRASE}!` }).sign(DATA),
    );
    expect(wrong.code).toBe('deviceKey.wrongPassphrase');
    expect(errorMessage(wrong.code, wrong.params, 'id')).toContain('Frasa sandi');
    expect(errorMessage(wrong.code, wrong.params, 'en')).toContain('Wrong device key passphrase');
  });

  it('accepts passphrases of at least 12 characters', async () => {
    expect(appErrorOf(() => checkPassphraseRules('sebelas kar')).code).toBe(
      'deviceKey.passphraseTooShort',
    );
    expect(() => checkPassphraseRules('dua belas ka')).not.toThrow();
    // Twelve characters, whichever way "ü" is typed.
    expect(() => checkPassphraseRules('u\u0308'.repeat(12))).not.toThrow();
    expect(appErrorOf(() => checkPassphraseRules('x'.repeat(1025))).code).toBe(
      'deviceKey.passphraseTooLong',
    );
    const store = await tempStore();
    const short = appErrorOf(() => createDeviceKey(store, 'pendek', FAST_KDF));
    expect(short.code).toBe('deviceKey.passphraseTooShort');
    expect(short.params).toEqual({ min: 12 });
    expect(getDeviceKey(store.db)).toBeNull();
  });

  it('refuses a swapped or damaged sealed key', async () => {
    const store = await tempStore();
    createDeviceKey(store, PASSPHRASE, FAST_KDF);
    const other = await tempStore();
    createDeviceKey(other, PASSPHRASE, FAST_KDF);
    const foreign = other.db.prepare('SELECT sealed_key FROM device_key_secret').pluck().get();
    store.db.prepare('UPDATE device_key_secret SET sealed_key = ?').run(foreign);
    expect(
      appErrorOf(() => unlockDeviceSigner(store, { passphrase: PASSPHRASE }).sign(DATA)).code,
    ).toBe('deviceKey.unavailable');
    store.db.prepare("UPDATE device_key_secret SET sealed_key = 'garbage'").run();
    expect(
      appErrorOf(() => unlockDeviceSigner(store, { passphrase: PASSPHRASE }).sign(DATA)).code,
    ).toBe('deviceKey.unavailable');
  });

  it('keeps an assessor-sealed blob from opening as a device key', async () => {
    const store = await tempStore();
    createDeviceKey(store, PASSPHRASE, FAST_KDF);
    const { sealPrivateKey } = await import('../../../../src/main/core/crypto/sealed-key');
    const { generateKeyPairSync } = await import('node:crypto');
    const pair = generateKeyPairSync('ed25519');
    // Sealed for an assessor (the default purpose) under the same secret: the AAD differs.
    const assessorBlob = sealPrivateKey(pair.privateKey, PASSPHRASE, FAST_KDF);
    store.db.prepare('UPDATE device_key_secret SET sealed_key = ?').run(assessorBlob);
    expect(
      appErrorOf(() => unlockDeviceSigner(store, { passphrase: PASSPHRASE }).sign(DATA)).code,
    ).toBe('deviceKey.wrongPassphrase');
  });

  it('is rebuilt from the journal, and the sealed key survives the rebuild', async () => {
    const store = await tempStore();
    const info = createDeviceKey(store, PASSPHRASE, FAST_KDF);
    expect(STATE_TABLES).toContain('device_keys');
    expect(STATE_TABLES).not.toContain('device_key_secret');
    rebuildState(store.db);
    expect(getDeviceKey(store.db)).toEqual(info);
    expect(
      verifyBytes(
        info.publicKey,
        DATA,
        unlockDeviceSigner(store, { passphrase: PASSPHRASE }).sign(DATA),
      ),
    ).toBe(true);
  });

  it('refuses a journaled key without a valid proof or with a wrong fingerprint', async () => {
    const store = await tempStore();
    const other = await tempStore();
    const theirs = createDeviceKey(other, PASSPHRASE, FAST_KDF);
    const proof = JSON.parse(
      other.db.prepare('SELECT payload FROM journal').pluck().get() as string,
    ).proof as string;
    // Another device's key and proof, replayed into this device's chain: the proof names the
    // other device, so it does not verify here.
    const stolen = appErrorOf(() =>
      record(store, 'device.keyCreated', {
        publicKey: theirs.publicKey,
        fingerprint: theirs.fingerprint,
        proof,
      }),
    );
    expect(stolen.code).toBe('journal.invalidPayload');
    const badPrint = appErrorOf(() =>
      record(store, 'device.keyCreated', {
        publicKey: theirs.publicKey,
        fingerprint: '0000 0000 0000 0000 0000 0000 0000 0000',
        proof,
      }),
    );
    expect(badPrint.code).toBe('journal.invalidPayload');
    expect(store.db.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(0);
  });
});
