/** Ed25519 signatures over canonical JSON, so anyone can recompute the signed bytes. */
import { sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonical-json';
import { publicKeyFromRaw } from './sealed-key';

/** The base64 Ed25519 signature of the UTF-8 canonical JSON of `value`. */
export function signCanonical(privateKey: KeyObject, value: unknown): string {
  return signBytes(privateKey, Buffer.from(canonicalJson(value), 'utf8'));
}

/** The base64 Ed25519 signature of `data` as it is. */
export function signBytes(privateKey: KeyObject, data: Uint8Array): string {
  return sign(null, data, privateKey).toString('base64');
}

/** Whether `signature` is a valid Ed25519 signature of `data` by the raw base64 `publicKeyB64`. */
export function verifyBytes(publicKeyB64: string, data: Uint8Array, signature: string): boolean {
  try {
    return verify(null, data, publicKeyFromRaw(publicKeyB64), Buffer.from(signature, 'base64'));
  } catch {
    // A malformed key or signature verifies nothing.
    return false;
  }
}

/** Whether `signature` is a valid signature of `value` by the raw base64 `publicKeyB64`. */
export function verifyCanonical(publicKeyB64: string, value: unknown, signature: string): boolean {
  try {
    const data = Buffer.from(canonicalJson(value), 'utf8');
    return verify(null, data, publicKeyFromRaw(publicKeyB64), Buffer.from(signature, 'base64'));
  } catch {
    // A malformed key, signature or value verifies nothing.
    return false;
  }
}
