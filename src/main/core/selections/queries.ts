/** Reads of selections. */
import type { Database } from 'better-sqlite3';
import type { Selection } from '../../../shared/domain/selection';
import { AppError, type ErrorCode } from '../../../shared/errors';

const COLUMNS = `s.id, s.name, s.year, s.type, s.instansi, s.location,
  s.created_at AS createdAt, s.updated_at AS updatedAt,
  (SELECT count(*) FROM formasi f WHERE f.selection_id = s.id) AS formasiCount,
  (SELECT count(*) FROM candidates c WHERE c.selection_id = s.id) AS candidateCount`;

/** Every selection, newest year first. */
export function listSelections(db: Database): Selection[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM selections s ORDER BY s.year DESC, s.name`)
    .all() as Selection[];
}

/**
 * The id of the store's only selection, for commands that may leave the selection out; throws
 * `ambiguous` (an error code that tells the user which option names one) otherwise.
 */
export function onlySelectionId(db: Database, ambiguous: ErrorCode): string {
  const selections = listSelections(db);
  const [first] = selections;
  if (selections.length !== 1 || first === undefined) throw new AppError(ambiguous);
  return first.id;
}

/** One selection; throws `selection.notFound`. */
export function getSelection(db: Database, id: string): Selection {
  const row = db.prepare(`SELECT ${COLUMNS} FROM selections s WHERE s.id = ?`).get(id);
  if (!row) throw new AppError('selection.notFound');
  return row as Selection;
}
