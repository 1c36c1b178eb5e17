/**
 * Ed25519 key pairs (an assessor's, the device's): the public key as raw base64 with its
 * fingerprint, and the private key sealed with AES-256-GCM under a key scrypt derives from the
 * PIN or passphrase.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { AppError, type ErrorCode } from '../../../shared/errors';
import { DEFAULT_KDF, formatKdf, parseKdf, scryptKey, type KdfParams } from './kdf';

/** A new key pair as stored: public parts in the clear, the private key sealed. */
export interface SealedKeyPair {
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  fingerprint: string;
  /** `aes-256-gcm$scrypt$N$r$p$saltB64$ivB64$tagB64$ciphertextB64`. */
  sealedKey: string;
}

// The DER header of an Ed25519 SubjectPublicKeyInfo; the raw key is the 32 bytes after it.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** What a sealed key is for: its AAD, and the errors that name its secret in the user's words. */
export interface SealPurpose {
  /** Bound into the ciphertext, so a sealed blob of one purpose cannot pass for another. */
  aad: string;
  /** Thrown when GCM refuses the blob: a wrong secret (or a changed blob). */
  wrongSecret: ErrorCode;
  /** Thrown when the blob is malformed. */
  unavailable: ErrorCode;
}

/** An assessor's key, sealed under their PIN. */
export const ASSESSOR_SEAL: SealPurpose = {
  aad: 'panitia assessor key v1',
  wrongSecret: 'assessor.wrongPin',
  unavailable: 'assessor.keyUnavailable',
};
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** Generates a key pair and seals its private key under `pin` (or a passphrase). */
export function generateSealedKeyPair(
  pin: string,
  params: KdfParams = DEFAULT_KDF,
  purpose: SealPurpose = ASSESSOR_SEAL,
): SealedKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  return {
    publicKey: raw,
    fingerprint: fingerprintOf(raw),
    sealedKey: sealPrivateKey(privateKey, pin, params, purpose),
  };
}

/** Seals a private key (PKCS#8 DER) under `pin`, with its own salt and IV. */
export function sealPrivateKey(
  privateKey: KeyObject,
  pin: string,
  params: KdfParams = DEFAULT_KDF,
  purpose: SealPurpose = ASSESSOR_SEAL,
): string {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', scryptKey(pin, salt, params, 32), iv);
  cipher.setAAD(Buffer.from(purpose.aad, 'utf8'));
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const ciphertext = Buffer.concat([cipher.update(der), cipher.final()]);
  const fields = [salt, iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64'));
  return ['aes-256-gcm', 'scrypt', formatKdf(params), ...fields].join('$');
}

/**
 * The private key sealed in `sealedKey`; throws the purpose's `wrongSecret` (`assessor.wrongPin`)
 * if GCM refuses it.
 */
export function unsealPrivateKey(
  sealedKey: string,
  pin: string,
  purpose: SealPurpose = ASSESSOR_SEAL,
): KeyObject {
  const parts = sealedKey.split('$');
  if (parts.length !== 9 || parts[0] !== 'aes-256-gcm' || parts[1] !== 'scrypt') {
    throw new AppError(purpose.unavailable);
  }
  const [n, r, p, ...encoded] = parts.slice(2) as [string, string, string, ...string[]];
  const [salt, iv, tag, ciphertext] = encoded.map((b) => Buffer.from(b, 'base64')) as Buffer[];
  let params: KdfParams;
  try {
    params = parseKdf(n, r, p);
  } catch {
    throw new AppError(purpose.unavailable);
  }
  const decipher = createDecipheriv('aes-256-gcm', scryptKey(pin, salt!, params, 32), iv!);
  decipher.setAAD(Buffer.from(purpose.aad, 'utf8'));
  decipher.setAuthTag(tag!);
  let der: Buffer;
  try {
    der = Buffer.concat([decipher.update(ciphertext!), decipher.final()]);
  } catch {
    // GCM cannot tell a wrong PIN from a changed blob: both fail the tag check.
    throw new AppError(purpose.wrongSecret);
  }
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

/** The raw 32-byte public key, base64, of an Ed25519 public or private key. */
export function rawPublicKey(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return spki.subarray(-32).toString('base64');
}

// Public keys only (nothing secret), and few per store: every sheet read verifies a signature,
// and building the key object was a tenth of a submission's cost (npm run bench).
const publicKeys = new Map<string, KeyObject>();
const MAX_CACHED_KEYS = 1024;

/** The public key object of a raw base64 Ed25519 public key (cached: key objects are immutable). */
export function publicKeyFromRaw(publicKeyB64: string): KeyObject {
  const cached = publicKeys.get(publicKeyB64);
  if (cached) return cached;
  const raw = Buffer.from(publicKeyB64, 'base64');
  if (raw.length !== 32) throw new AppError('assessor.keyUnavailable');
  const key = createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, raw]),
    format: 'der',
    type: 'spki',
  });
  if (publicKeys.size >= MAX_CACHED_KEYS) publicKeys.clear();
  publicKeys.set(publicKeyB64, key);
  return key;
}

/**
 * What people compare by eye: the first 16 bytes of SHA-256 of the raw public key, in hex groups
 * of four ("a1b2 c3d4 …", 8 groups).
 */
export function fingerprintOf(publicKeyB64: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKeyB64, 'base64')).digest('hex');
  return (digest.slice(0, 32).match(/.{4}/g) as string[]).join(' ');
}
