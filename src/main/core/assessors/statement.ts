/** The identity of the integrity statement in force: its version and the hash of its text. */
import { INTEGRITY_STATEMENT } from '../../../shared/domain/integrity-statement';
import { sha256Hex } from '../journal/hash';

/** The statement's version and the hex SHA-256 of its UTF-8 (NFC) text. */
export function currentStatement(): { version: number; hash: string } {
  // The text is a constant of this build: hash it once, not on every assessor read.
  current ??= {
    version: INTEGRITY_STATEMENT.version,
    hash: sha256Hex(INTEGRITY_STATEMENT.text.normalize('NFC')),
  };
  return current;
}

let current: { version: number; hash: string } | undefined;
