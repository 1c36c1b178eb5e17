/** Conflicts of interest with the names a committee reads them by: assessor, candidate number. */
import type { Database } from 'better-sqlite3';
import type { ConflictView } from '../../../shared/contract/assessor-contract';
import { getSelection } from '../selections/queries';

const SELECT = `SELECT c.id, c.assessor_id AS assessorId, c.candidate_id AS candidateId, c.kind,
    c.note, c.declared_at AS declaredAt, a.nama AS assessorNama,
    p.nomor_peserta AS nomorPeserta, p.nama AS candidateNama
  FROM conflicts c
  JOIN assessors a ON a.id = c.assessor_id
  JOIN candidates p ON p.id = c.candidate_id`;

// Newest first; rowid breaks ties between declarations of the same millisecond in their order.
const NEWEST_FIRST = 'ORDER BY c.declared_at DESC, c.rowid DESC';

/** The conflicts declared in a selection, newest first. */
export function selectionConflictViews(db: Database, selectionId: string): ConflictView[] {
  getSelection(db, selectionId);
  return db
    .prepare(`${SELECT} WHERE a.selection_id = ? ${NEWEST_FIRST}`)
    .all(selectionId) as ConflictView[];
}

/** The conflicts one assessor declared, newest first. */
export function assessorConflictViews(db: Database, assessorId: string): ConflictView[] {
  return db
    .prepare(`${SELECT} WHERE c.assessor_id = ? ${NEWEST_FIRST}`)
    .all(assessorId) as ConflictView[];
}
