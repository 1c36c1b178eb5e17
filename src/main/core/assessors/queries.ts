/** Reads of assessors, their key history and their conflicts; secrets are never selected here. */
import type { Database } from 'better-sqlite3';
import type { Assessor, Conflict } from '../../../shared/domain/assessor';
import { AppError } from '../../../shared/errors';
import { getSelection } from '../selections/queries';
import { currentStatement } from './statement';

/** One public key an assessor had, from `validFrom` on. */
export interface AssessorKey {
  keyVersion: number;
  publicKey: string;
  fingerprint: string;
  validFrom: string;
  resetBy: string | null;
}

const COLUMNS = `a.id, a.selection_id AS selectionId, a.nama, a.nip, a.role,
  a.public_key AS publicKey, a.fingerprint, a.key_version AS keyVersion,
  a.enrolled_at AS enrolledAt, t.locked_until AS lockedUntil,
  i.accepted_at AS integrityAcceptedAt`;

const FROM = `FROM assessors a
  LEFT JOIN pin_attempts t ON t.assessor_id = a.id
  LEFT JOIN integrity_statements i ON i.assessor_id = a.id AND i.statement_hash = @statementHash`;

/** The assessors of a selection, by name. */
export function listAssessors(db: Database, selectionId: string): Assessor[] {
  getSelection(db, selectionId);
  return db
    .prepare(`SELECT ${COLUMNS} ${FROM} WHERE a.selection_id = @selectionId ORDER BY a.nama, a.id`)
    .all({ selectionId, statementHash: currentStatement().hash }) as Assessor[];
}

/** One assessor, or null. */
export function findAssessor(db: Database, id: string): Assessor | null {
  const row = db
    .prepare(`SELECT ${COLUMNS} ${FROM} WHERE a.id = @id`)
    .get({ id, statementHash: currentStatement().hash });
  return (row as Assessor | undefined) ?? null;
}

/** One assessor; throws `assessor.notFound`. */
export function getAssessor(db: Database, id: string): Assessor {
  const assessor = findAssessor(db, id);
  if (!assessor) throw new AppError('assessor.notFound');
  return assessor;
}

/** Every key an assessor has had, oldest first: old signatures verify against their own key. */
export function assessorKeys(db: Database, assessorId: string): AssessorKey[] {
  return db
    .prepare(
      `SELECT key_version AS keyVersion, public_key AS publicKey, fingerprint,
         valid_from AS validFrom, reset_by AS resetBy
       FROM assessor_keys WHERE assessor_id = ? ORDER BY key_version`,
    )
    .all(assessorId) as AssessorKey[];
}

const CONFLICT_COLUMNS = `id, assessor_id AS assessorId, candidate_id AS candidateId, kind, note,
  declared_at AS declaredAt`;

/** The conflicts an assessor declared, oldest first. */
export function conflictsOf(db: Database, assessorId: string): Conflict[] {
  return db
    .prepare(
      `SELECT ${CONFLICT_COLUMNS} FROM conflicts WHERE assessor_id = ? ORDER BY declared_at, id`,
    )
    .all(assessorId) as Conflict[];
}

/** The conflict between an assessor and a candidate, or null. */
export function findConflict(
  db: Database,
  assessorId: string,
  candidateId: string,
): Conflict | null {
  const row = db
    .prepare(`SELECT ${CONFLICT_COLUMNS} FROM conflicts WHERE assessor_id = ? AND candidate_id = ?`)
    .get(assessorId, candidateId);
  return (row as Conflict | undefined) ?? null;
}
