/** Checking an assessor's PIN, under the lock-out, and opening their private key with it. */
import type { KeyObject } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Assessor } from '../../../shared/domain/assessor';
import { AppError } from '../../../shared/errors';
import { verifyPin } from '../crypto/pin';
import { rawPublicKey, unsealPrivateKey } from '../crypto/sealed-key';
import { MAX_FAILURES, readAttempts, recordFailure, resetAttempts } from './pin-attempts';
import { getAssessor } from './queries';
import { readSecrets, type AssessorSecrets } from './secrets';

/**
 * Checks `pin` and returns the assessor. While locked out it refuses with `assessor.lockedOut`
 * without even looking at the PIN, so guessing during a lock-out learns nothing. A wrong PIN is
 * counted (and committed: the caller's error must not roll it back) before `assessor.wrongPin`.
 */
export function verifyAssessorPin(
  db: Database,
  assessorId: string,
  pin: string,
  now: Date,
): Assessor {
  const assessor = getAssessor(db, assessorId);
  const { lockedUntil } = readAttempts(db, assessorId);
  if (lockedUntil && now.getTime() < Date.parse(lockedUntil)) {
    throw new AppError('assessor.lockedOut', { until: lockedUntil });
  }
  const secrets = currentSecrets(db, assessor);
  if (verifyPin(pin, secrets.pinHash)) {
    resetAttempts(db, assessorId);
    return getAssessor(db, assessorId);
  }
  const run = recordFailure(db, assessorId, now);
  if (run.lockedUntil) throw new AppError('assessor.lockedOut', { until: run.lockedUntil });
  throw new AppError('assessor.wrongPin', { remaining: MAX_FAILURES - run.failures });
}

/** Checks `pin` as {@link verifyAssessorPin} does and returns the assessor's private key. */
export function unlockPrivateKey(
  db: Database,
  assessorId: string,
  pin: string,
  now: Date,
): KeyObject {
  const assessor = verifyAssessorPin(db, assessorId, pin, now);
  const privateKey = unsealPrivateKey(currentSecrets(db, assessor).sealedKey, pin);
  // A sealed key that opens but belongs to another public key was swapped: sign nothing with it.
  if (rawPublicKey(privateKey) !== assessor.publicKey)
    throw new AppError('assessor.keyUnavailable');
  return privateKey;
}

/**
 * The secrets for the assessor's current key. Missing or older ones mean the enrolment or the
 * last reset happened on another device: the key cannot be used here.
 */
function currentSecrets(db: Database, assessor: Assessor): AssessorSecrets {
  const secrets = readSecrets(db, assessor.id);
  if (!secrets || secrets.keyVersion !== assessor.keyVersion) {
    throw new AppError('assessor.keyUnavailable');
  }
  return secrets;
}
