/** Assessor PINs: what a PIN may be, and its scrypt hash. */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { DEFAULT_KDF, formatKdf, parseKdf, scryptKey, type KdfParams } from './kdf';

/** The shortest PIN accepted. */
export const PIN_MIN_LENGTH = 6;
/** The longest PIN accepted. */
export const PIN_MAX_LENGTH = 12;

const SALT_BYTES = 16;
const HASH_BYTES = 32;

/**
 * Refuses a PIN that is not 6–12 digits (`assessor.pinFormat`) or that anyone would try first
 * (`assessor.pinTooSimple`): one digit repeated, or a run up or down the digits, wrapping round
 * 9–0 as on a keypad (123456, 654321, 890123).
 */
export function checkPinRules(pin: string): void {
  if (!/^\d+$/.test(pin) || pin.length < PIN_MIN_LENGTH || pin.length > PIN_MAX_LENGTH) {
    throw new AppError('assessor.pinFormat', { min: PIN_MIN_LENGTH, max: PIN_MAX_LENGTH });
  }
  const steps = new Set<number>();
  for (let i = 1; i < pin.length; i += 1) {
    steps.add((Number(pin[i]) - Number(pin[i - 1]) + 10) % 10);
  }
  const [step] = steps;
  if (steps.size === 1 && (step === 0 || step === 1 || step === 9)) {
    throw new AppError('assessor.pinTooSimple');
  }
}

/** A self-describing hash of `pin`: `scrypt$N$r$p$saltB64$hashB64`. */
export function hashPin(pin: string, params: KdfParams = DEFAULT_KDF): string {
  const salt = randomBytes(SALT_BYTES);
  const hash = scryptKey(pin, salt, params, HASH_BYTES);
  return `scrypt$${formatKdf(params)}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Whether `pin` matches `stored` (from {@link hashPin}), compared in constant time. */
export function verifyPin(pin: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') throw new AppError('assessor.keyUnavailable');
  const [, n, r, p, saltB64, hashB64] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hashB64, 'base64');
  if (expected.length !== HASH_BYTES) throw new AppError('assessor.keyUnavailable');
  const actual = scryptKey(pin, Buffer.from(saltB64, 'base64'), parseKdf(n, r, p), HASH_BYTES);
  return timingSafeEqual(actual, expected);
}
