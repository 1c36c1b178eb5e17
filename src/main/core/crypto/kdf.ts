/** scrypt, the one key-derivation function for PINs: its cost parameters and their text form. */
import { scryptSync } from 'node:crypto';
import { AppError } from '../../../shared/errors';

/** scrypt's cost parameters. */
export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

/**
 * The production cost: 2^15 × 8 × 1 needs 32 MiB and takes tens of milliseconds, slow enough to
 * make guessing a 6-digit PIN from a stolen file expensive, fast enough for a PIN prompt on an old
 * laptop. Tests may pass a cheaper preset; the parameters travel with every hash and sealed key.
 */
export const DEFAULT_KDF: KdfParams = { N: 2 ** 15, r: 8, p: 1 };

// Bounds for parameters read back from the store, so a damaged row cannot demand gigabytes.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

/** Derives `length` bytes from `secret` and `salt`. */
export function scryptKey(secret: string, salt: Buffer, params: KdfParams, length: number): Buffer {
  const { N, r, p } = params;
  // Node's default memory cap (32 MiB) is exactly what N = 2^15, r = 8 needs and refuses it.
  return scryptSync(secret.normalize('NFC'), salt, length, {
    N,
    r,
    p,
    maxmem: 256 * N * r * p,
  });
}

/** The parameters as `N$r$p`, as they are stored in front of a hash or a sealed key. */
export function formatKdf({ N, r, p }: KdfParams): string {
  return `${N}$${r}$${p}`;
}

/** Reads `N`, `r` and `p` from their stored text; refuses absurd or malformed values. */
export function parseKdf(n: string, r: string, p: string): KdfParams {
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const ok =
    /^\d+$/.test(n) &&
    /^\d+$/.test(r) &&
    /^\d+$/.test(p) &&
    params.N > 1 &&
    params.N <= MAX_N &&
    (params.N & (params.N - 1)) === 0 &&
    params.r >= 1 &&
    params.r <= MAX_R &&
    params.p >= 1 &&
    params.p <= MAX_P;
  if (!ok) throw new AppError('assessor.keyUnavailable');
  return params;
}
