/**
 * The checks the screen can make before a PIN is sent: its form (6–12 digits) and that the two
 * copies match. Whether it is too easy to guess is decided, and explained, by the main process.
 */

/** The shortest and longest PIN the main process accepts (docs/assessors.md). */
export const PIN_LENGTH = { min: 6, max: 12 } as const;

/** Why a new PIN cannot be sent yet, as a locale key under `assessors.pin`, or null. */
export function newPinProblem(pin: string, repeat: string): 'format' | 'mismatch' | null {
  if (!/^\d+$/.test(pin) || pin.length < PIN_LENGTH.min || pin.length > PIN_LENGTH.max) {
    return 'format';
  }
  return pin === repeat ? null : 'mismatch';
}

/** Whether a PIN typed to confirm an action is worth sending (its owner's PIN, checked later). */
export function pinTyped(pin: string): boolean {
  return /^\d{1,12}$/.test(pin);
}
