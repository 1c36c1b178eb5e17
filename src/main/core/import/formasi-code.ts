/** The key a formasi code in a file is looked up by. */
import { formasiCodeKey } from '../../../shared/domain/normalise';

/**
 * Trimmed, upper-case, inner spaces collapsed: " gsd-01 " finds "GSD-01". It is the store's own
 * `formasiCodeKey`, so a code the store accepted is always found again.
 */
export function normaliseFormasiCode(code: string): string {
  return formasiCodeKey(code);
}
