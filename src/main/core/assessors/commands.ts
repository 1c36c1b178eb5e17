/**
 * Writes by and about assessors, each one journal entry. Keys are generated here, in the main
 * process; the private key leaves this module only sealed, and its secrets never reach the
 * journal (docs/assessors.md).
 */
import { randomUUID } from 'node:crypto';
import type {
  Assessor,
  AssessorFields,
  Conflict,
  ConflictKind,
} from '../../../shared/domain/assessor';
import { AppError } from '../../../shared/errors';
import { DEFAULT_KDF, type KdfParams } from '../crypto/kdf';
import { checkPinRules, hashPin } from '../crypto/pin';
import { generateSealedKeyPair } from '../crypto/sealed-key';
import { record, type WriteContext } from '../journal/record';
import { getSelection } from '../selections/queries';
import { assertMayWrite, requireChairOf } from './guards';
import { resetAttempts } from './pin-attempts';
import { findConflict, getAssessor } from './queries';
import { storeSecrets } from './secrets';
import { currentStatement } from './statement';
import { verifyAssessorPin } from './unlock';

/**
 * Enrols an assessor with their first key pair, sealed under `pin`. The journal entry carries
 * only public parts; the PIN hash and sealed key go into `assessor_secrets` in the same
 * transaction, so an enrolment never exists without its secrets or the other way round.
 */
export function enrolAssessor(
  context: WriteContext,
  selectionId: string,
  fields: AssessorFields,
  pin: string,
  kdf: KdfParams = DEFAULT_KDF,
): Assessor {
  const { db } = context;
  getSelection(db, selectionId);
  checkPinRules(pin);
  const id = randomUUID();
  const { publicKey, fingerprint, sealedKey } = generateSealedKeyPair(pin, kdf);
  const pinHash = hashPin(pin, kdf);
  db.transaction(() => {
    record(context, 'assessor.enrolled', {
      id,
      selectionId,
      fields,
      publicKey,
      fingerprint,
      keyVersion: 1,
    });
    storeSecrets(db, id, { keyVersion: 1, pinHash, sealedKey });
  })();
  return getAssessor(db, id);
}

/**
 * Sets a forgotten PIN: only a chair (ketua) of the same selection, with their own PIN, may. The
 * old private key cannot be opened without the old PIN, so the assessor gets a new key pair
 * (key version + 1); the old public key stays in `assessor_keys` and old signatures stay valid.
 * A wrong chair PIN counts against the chair's own lock-out.
 */
export function resetAssessorPin(
  context: WriteContext,
  chairId: string,
  chairPin: string,
  assessorId: string,
  newPin: string,
  kdf: KdfParams = DEFAULT_KDF,
): Assessor {
  const { db } = context;
  const assessor = getAssessor(db, assessorId);
  // Refused before the chair's PIN is checked: a non-chair or a weak new PIN costs no attempt.
  requireChairOf(db, chairId, assessor);
  checkPinRules(newPin);
  verifyAssessorPin(db, chairId, chairPin, context.now());
  const keyVersion = assessor.keyVersion + 1;
  const { publicKey, fingerprint, sealedKey } = generateSealedKeyPair(newPin, kdf);
  const pinHash = hashPin(newPin, kdf);
  db.transaction(() => {
    record(context, 'assessor.keyReset', {
      assessorId,
      publicKey,
      fingerprint,
      keyVersion,
      resetBy: chairId,
    });
    storeSecrets(db, assessorId, { keyVersion, pinHash, sealedKey });
    // The chair has just set the PIN in person: the assessor starts with a clean slate.
    resetAttempts(db, assessorId);
  })();
  return getAssessor(db, assessorId);
}

/**
 * Records, after the assessor's PIN, that they accept the current integrity statement. Observers
 * may too: the statement binds them to confidentiality, and it changes no one else's data.
 * Accepting the same statement again changes nothing.
 */
export function acceptIntegrity(context: WriteContext, assessorId: string, pin: string): Assessor {
  const assessor = verifyAssessorPin(context.db, assessorId, pin, context.now());
  if (assessor.integrityAcceptedAt !== null) return assessor;
  const { version, hash } = currentStatement();
  record(context, 'assessor.integrityAccepted', {
    assessorId,
    statementVersion: version,
    statementHash: hash,
  });
  return getAssessor(context.db, assessorId);
}

/**
 * Declares, after the assessor's PIN, a conflict of interest with a candidate of the same
 * selection; from then on the assessor may not assess that candidate (assertNoConflict).
 * Observers are refused before their PIN is checked: they assess no one.
 */
export function declareConflict(
  context: WriteContext,
  assessorId: string,
  pin: string,
  candidateId: string,
  kind: ConflictKind,
  note: string,
): Conflict {
  const { db } = context;
  assertMayWrite(db, assessorId);
  verifyAssessorPin(db, assessorId, pin, context.now());
  // The applier checks the candidate's selection and duplicates as well, for replays.
  record(context, 'conflict.declared', { id: randomUUID(), assessorId, candidateId, kind, note });
  const conflict = findConflict(db, assessorId, candidateId);
  if (!conflict) throw new AppError('internal');
  return conflict;
}
