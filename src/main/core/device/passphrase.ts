/** What a device key passphrase may be. */
import { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from '../../../shared/domain/device-key';
import { AppError } from '../../../shared/errors';

// Shared, so the renderer's form states the same rule the core enforces.
export { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from '../../../shared/domain/device-key';

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
