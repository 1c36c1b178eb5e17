/** What a device key passphrase may be. */
import { AppError } from '../../../shared/errors';

/** The shortest passphrase accepted, in characters. */
export const PASSPHRASE_MIN_LENGTH = 12;
/** The longest passphrase accepted: scrypt reads it whole, so a pasted file is refused. */
export const PASSPHRASE_MAX_LENGTH = 1024;

/** Refuses a passphrase shorter than 12 or longer than 1024 characters (after NFC). */
export function checkPassphraseRules(passphrase: string): void {
  // Characters, not UTF-16 units or bytes: "ü" typed either way counts once.
  const length = [...passphrase.normalize('NFC')].length;
  if (length < PASSPHRASE_MIN_LENGTH) {
    throw new AppError('deviceKey.passphraseTooShort', { min: PASSPHRASE_MIN_LENGTH });
  }
  if (length > PASSPHRASE_MAX_LENGTH) {
    throw new AppError('deviceKey.passphraseTooLong', { max: PASSPHRASE_MAX_LENGTH });
  }
}
