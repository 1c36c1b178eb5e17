import { createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KDF, type KdfParams } from '../../../../src/main/core/crypto/kdf';
import { checkPinRules, hashPin, verifyPin } from '../../../../src/main/core/crypto/pin';
import {
  fingerprintOf,
  generateSealedKeyPair,
  rawPublicKey,
  unsealPrivateKey,
} from '../../../../src/main/core/crypto/sealed-key';
import { signCanonical, verifyCanonical } from '../../../../src/main/core/crypto/sign';
import { appErrorOf } from '../../../helpers/app-error';

// Cheap enough for many round trips; production keeps DEFAULT_KDF (2^15).
const FAST: KdfParams = { N: 2 ** 10, r: 8, p: 1 };

describe('PIN rules', () => {
  it.each(['274819', '000123', '1357902468', '908172635401', '112233', '123457', '975310'])(
    'accepts %s',
    (pin) => {
      expect(() => checkPinRules(pin)).not.toThrow();
    },
  );

  it.each([
    ['12345', 'assessor.pinFormat'],
    ['1234567890123', 'assessor.pinFormat'],
    ['12a456', 'assessor.pinFormat'],
    ['12 456', 'assessor.pinFormat'],
    ['１２３９８７', 'assessor.pinFormat'],
    ['', 'assessor.pinFormat'],
    ['000000', 'assessor.pinTooSimple'],
    ['99999999', 'assessor.pinTooSimple'],
    ['123456', 'assessor.pinTooSimple'],
    ['654321', 'assessor.pinTooSimple'],
    ['0123456789', 'assessor.pinTooSimple'],
    ['890123', 'assessor.pinTooSimple'],
    ['210987', 'assessor.pinTooSimple'],
  ])('refuses %s with %s', (pin, code) => {
    expect(appErrorOf(() => checkPinRules(pin)).code).toBe(code);
  });
});

describe('PIN hash', () => {
  it('is self-describing, salted, and verifies only the right PIN', () => {
    const hash = hashPin('274819', FAST);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(hashPin('274819', FAST)).not.toBe(hash);
    expect(verifyPin('274819', hash)).toBe(true);
    expect(verifyPin('274818', hash)).toBe(false);
    expect(verifyPin('', hash)).toBe(false);
  });

  it('uses N = 2^15, r = 8, p = 1 by default', () => {
    expect(DEFAULT_KDF).toEqual({ N: 32768, r: 8, p: 1 });
    const hash = hashPin('274819');
    expect(hash.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(verifyPin('274819', hash)).toBe(true);
  });

  it('refuses a damaged or absurd stored hash instead of guessing', () => {
    const hash = hashPin('274819', FAST);
    expect(appErrorOf(() => verifyPin('274819', 'bcrypt$x')).code).toBe('assessor.keyUnavailable');
    const huge = hash.replace('$1024$', `$${2 ** 30}$`);
    expect(appErrorOf(() => verifyPin('274819', huge)).code).toBe('assessor.keyUnavailable');
    const notPowerOfTwo = hash.replace('$1024$', '$1000$');
    expect(appErrorOf(() => verifyPin('274819', notPowerOfTwo)).code).toBe(
      'assessor.keyUnavailable',
    );
  });
});

describe('sealed key', () => {
  it('round-trips: the unsealed private key belongs to the public key', () => {
    const pair = generateSealedKeyPair('274819', FAST);
    expect(Buffer.from(pair.publicKey, 'base64')).toHaveLength(32);
    const privateKey = unsealPrivateKey(pair.sealedKey, '274819');
    expect(privateKey.asymmetricKeyType).toBe('ed25519');
    expect(rawPublicKey(privateKey)).toBe(pair.publicKey);
  });

  it('refuses a wrong PIN', () => {
    const { sealedKey } = generateSealedKeyPair('274819', FAST);
    expect(appErrorOf(() => unsealPrivateKey(sealedKey, '274818')).code).toBe('assessor.wrongPin');
  });

  it('refuses a sealed key with any part changed', () => {
    const { sealedKey } = generateSealedKeyPair('274819', FAST);
    const parts = sealedKey.split('$');
    // salt, iv, tag, ciphertext: flip one bit of each in turn.
    for (const index of [5, 6, 7, 8]) {
      const bytes = Buffer.from(parts[index]!, 'base64');
      bytes[bytes.length - 1]! ^= 1;
      const tampered = [...parts];
      tampered[index] = bytes.toString('base64');
      expect(appErrorOf(() => unsealPrivateKey(tampered.join('$'), '274819')).code).toBe(
        'assessor.wrongPin',
      );
    }
    expect(appErrorOf(() => unsealPrivateKey('garbage', '274819')).code).toBe(
      'assessor.keyUnavailable',
    );
  });

  it('uses a salt of its own, not shared with anything else', () => {
    const a = generateSealedKeyPair('274819', FAST).sealedKey.split('$');
    const b = generateSealedKeyPair('274819', FAST).sealedKey.split('$');
    expect(a.slice(0, 5)).toEqual(['aes-256-gcm', 'scrypt', '1024', '8', '1']);
    expect(a[5]).not.toBe(b[5]);
  });

  it('gives a stable fingerprint of 16 bytes in groups of four', () => {
    // The RFC 8032 test 1 key, so the value can be checked with openssl and sha256sum.
    const rfc8032 = Buffer.from(
      'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
      'hex',
    ).toString('base64');
    const fingerprint = fingerprintOf(rfc8032);
    expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);
    expect(fingerprintOf(rfc8032)).toBe(fingerprint);
    const pair = generateSealedKeyPair('274819', FAST);
    expect(fingerprintOf(pair.publicKey)).toBe(pair.fingerprint);
  });
});

describe('canonical signatures', () => {
  const pair = generateSealedKeyPair('274819', FAST);
  const privateKey = unsealPrivateKey(pair.sealedKey, '274819');
  const sheet = { candidate: 'A-001', scores: { a: 4, b: 3 }, note: 'Jawaban runtut.' };

  it('verifies the signed value whatever its key order', () => {
    const signature = signCanonical(privateKey, sheet);
    expect(Buffer.from(signature, 'base64')).toHaveLength(64);
    expect(verifyCanonical(pair.publicKey, sheet, signature)).toBe(true);
    const reordered = { note: sheet.note, scores: { b: 3, a: 4 }, candidate: 'A-001' };
    expect(verifyCanonical(pair.publicKey, reordered, signature)).toBe(true);
  });

  it('fails on a changed value, another key, or a malformed signature', () => {
    const signature = signCanonical(privateKey, sheet);
    expect(verifyCanonical(pair.publicKey, { ...sheet, scores: { a: 5, b: 3 } }, signature)).toBe(
      false,
    );
    const other = generateSealedKeyPair('274819', FAST).publicKey;
    expect(verifyCanonical(other, sheet, signature)).toBe(false);
    expect(verifyCanonical(pair.publicKey, sheet, 'AAAA')).toBe(false);
    expect(verifyCanonical('not a key', sheet, signature)).toBe(false);
  });

  it('derives the public key of RFC 8032 test 1 from its seed, as the raw 32 bytes', () => {
    const seed = Buffer.from(
      '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
      'hex',
    );
    const key = createPrivateKey({
      key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]),
      format: 'der',
      type: 'pkcs8',
    });
    expect(rawPublicKey(key)).toBe(
      Buffer.from(
        'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
        'hex',
      ).toString('base64'),
    );
  });
});
