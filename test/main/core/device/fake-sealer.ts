/** A stand-in for the OS keyring in core tests: AES-GCM under a key only this "OS" knows. */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { OsSealer } from '../../../../src/main/core/device/os-sealer';

/** A fake OS sealer that can be switched off, as a locked keyring or `basic_text` would be. */
export interface FakeSealer extends OsSealer {
  on: boolean;
  /** How many times it was asked to decrypt. */
  decrypts: number;
}

/** A fake OS sealer with its own random key; `on` says whether it protects. */
export function fakeSealer(on = true): FakeSealer {
  const key = randomBytes(32);
  const sealer: FakeSealer = {
    on,
    decrypts: 0,
    available: () => sealer.on,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      sealer.decrypts += 1;
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
    },
  };
  return sealer;
}
