/** Reads of formasi. */
import type { Database } from 'better-sqlite3';
import type { Formasi } from '../../../shared/domain/selection';
import { formasiCodeKey } from '../../../shared/domain/normalise';
import { AppError } from '../../../shared/errors';

const COLUMNS = `f.id, f.selection_id AS selectionId, f.code, f.jabatan, f.unit, f.pendidikan, f.quota,
  (SELECT count(*) FROM candidates c WHERE c.formasi_id = f.id) AS candidateCount`;

/** The formasi of a selection, by code. */
export function listFormasi(db: Database, selectionId: string): Formasi[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM formasi f WHERE f.selection_id = ? ORDER BY f.code_key`)
    .all(selectionId) as Formasi[];
}

/** One formasi; throws `formasi.notFound`. */
export function getFormasi(db: Database, id: string): Formasi {
  const row = db.prepare(`SELECT ${COLUMNS} FROM formasi f WHERE f.id = ?`).get(id);
  if (!row) throw new AppError('formasi.notFound');
  return row as Formasi;
}

/** The id of the formasi with `code` in a selection, other than `exceptId`, if any. */
export function findFormasiByCode(
  db: Database,
  selectionId: string,
  code: string,
  exceptId: string | null = null,
): string | null {
  const id = db
    .prepare('SELECT id FROM formasi WHERE selection_id = ? AND code_key = ? AND id IS NOT ?')
    .pluck()
    .get(selectionId, formasiCodeKey(code), exceptId) as string | undefined;
  return id ?? null;
}

/** Every formasi of a selection by code key, for matching import rows. */
export function formasiByCodeKey(db: Database, selectionId: string): Map<string, { id: string }> {
  const rows = db
    .prepare('SELECT code_key AS key, id FROM formasi WHERE selection_id = ?')
    .all(selectionId) as Array<{ key: string; id: string }>;
  return new Map(rows.map((row) => [row.key, { id: row.id }]));
}
