/**
 * How assessor entries change `assessors`, `assessor_keys`, `integrity_statements` and
 * `conflicts`. The appliers hold the rules (only a chair resets, key versions in order, no
 * conflicts by observers or across selections), so a replayed or merged journal keeps them too.
 * Secrets are not here: they never enter the journal (see secrets.ts).
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { Appliers } from '../journal/apply';
import { referenceEntities } from '../journal/apply';
import { fingerprintOf } from '../crypto/sealed-key';
import { requireChairOf } from './guards';
import { findConflict, getAssessor } from './queries';

type AssessorKind =
  'assessor.enrolled' | 'assessor.keyReset' | 'assessor.integrityAccepted' | 'conflict.declared';

/** Appliers for `assessor.*` and `conflict.*` entries. */
export const assessorAppliers: Appliers<AssessorKind> = {
  'assessor.enrolled'(db, { id, selectionId, fields, publicKey, fingerprint, keyVersion }, entry) {
    requireFingerprint(entry.kind, publicKey, fingerprint);
    if (!db.prepare('SELECT 1 FROM selections WHERE id = ?').get(selectionId)) {
      throw new AppError('selection.notFound');
    }
    if (fields.nip !== null && nipTaken(db, selectionId, fields.nip)) {
      throw new AppError('assessor.duplicateNip', { nip: fields.nip });
    }
    db.prepare(
      `INSERT INTO assessors (id, selection_id, nama, nip, role, public_key, fingerprint,
         key_version, enrolled_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      selectionId,
      fields.nama,
      fields.nip,
      fields.role,
      publicKey,
      fingerprint,
      keyVersion,
      entry.ts,
      entry.ts,
    );
    insertKey(db, id, keyVersion, publicKey, fingerprint, entry.ts, null);
    referenceEntities(db, entry, [id, selectionId]);
  },
  'assessor.keyReset'(db, { assessorId, publicKey, fingerprint, keyVersion, resetBy }, entry) {
    requireFingerprint(entry.kind, publicKey, fingerprint);
    const assessor = getAssessor(db, assessorId);
    requireChairOf(db, resetBy, assessor);
    // One reset follows another: two devices resetting the same key is a conflict, not a merge.
    if (keyVersion !== assessor.keyVersion + 1) {
      throw new AppError('assessor.keyVersionConflict', { current: assessor.keyVersion });
    }
    db.prepare(
      `UPDATE assessors SET public_key = ?, fingerprint = ?, key_version = ?, updated_at = ?
       WHERE id = ?`,
    ).run(publicKey, fingerprint, keyVersion, entry.ts, assessorId);
    insertKey(db, assessorId, keyVersion, publicKey, fingerprint, entry.ts, resetBy);
    referenceEntities(db, entry, [assessorId, resetBy]);
  },
  'assessor.integrityAccepted'(db, { assessorId, statementVersion, statementHash }, entry) {
    getAssessor(db, assessorId);
    db.prepare(
      `INSERT INTO integrity_statements (assessor_id, statement_version, statement_hash, accepted_at)
       VALUES (?, ?, ?, ?)`,
    ).run(assessorId, statementVersion, statementHash, entry.ts);
    referenceEntities(db, entry, [assessorId]);
  },
  'conflict.declared'(db, { id, assessorId, candidateId, kind, note }, entry) {
    const assessor = getAssessor(db, assessorId);
    // Observers do not assess, so they have nothing to recuse from: declaring is a write.
    if (assessor.role === 'pengamat') throw new AppError('assessor.observerReadOnly');
    const candidate = db
      .prepare('SELECT selection_id AS selectionId FROM candidates WHERE id = ?')
      .get(candidateId) as { selectionId: string } | undefined;
    if (!candidate) throw new AppError('candidate.notFound');
    if (candidate.selectionId !== assessor.selectionId) {
      throw new AppError('assessor.candidateOtherSelection');
    }
    if (findConflict(db, assessorId, candidateId)) throw new AppError('assessor.conflictExists');
    db.prepare(
      `INSERT INTO conflicts (id, assessor_id, candidate_id, kind, note, declared_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(id, assessorId, candidateId, kind, note, entry.ts);
    referenceEntities(db, entry, [id, assessorId, candidateId]);
  },
};

/** Refuses a payload whose fingerprint is not the one of its public key. */
function requireFingerprint(kind: string, publicKey: string, fingerprint: string): void {
  if (fingerprintOf(publicKey) !== fingerprint) {
    throw new AppError('journal.invalidPayload', { kind, detail: 'fingerprint ≠ public key' });
  }
}

function nipTaken(db: Database, selectionId: string, nip: string): boolean {
  return Boolean(
    db.prepare('SELECT 1 FROM assessors WHERE selection_id = ? AND nip = ?').get(selectionId, nip),
  );
}

function insertKey(
  db: Database,
  assessorId: string,
  keyVersion: number,
  publicKey: string,
  fingerprint: string,
  validFrom: string,
  resetBy: string | null,
): void {
  db.prepare(
    `INSERT INTO assessor_keys (assessor_id, key_version, public_key, fingerprint, valid_from,
       reset_by) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(assessorId, keyVersion, publicKey, fingerprint, validFrom, resetBy);
}
