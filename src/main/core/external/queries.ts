/** Reads of external scores: what results integrate, and what an import checks against. */
import type { Database } from 'better-sqlite3';
import type { StoredExternalScore } from '../../../shared/domain/external-score';
import { getSelection } from '../selections/queries';

/** Candidate id → component key → the current external score. */
export type ExternalScoresByCandidate = Record<string, Record<string, StoredExternalScore>>;

/** Every current external score of a selection, per candidate per component. */
export function externalScoresOf(db: Database, selectionId: string): ExternalScoresByCandidate {
  getSelection(db, selectionId);
  const rows = db
    .prepare(
      `SELECT e.candidate_id AS candidateId, c.nomor_peserta AS nomorPeserta,
         c.formasi_id AS formasiId, e.component_key AS componentKey, e.source, e.score, e.teknis,
         e.manajerial_sk AS manajerialSk, e.wawancara, e.ms_tms AS msTms,
         e.import_id AS importId, e.file_sha256 AS fileSha256, e.imported_at AS importedAt
       FROM external_scores e JOIN candidates c ON c.id = e.candidate_id
       WHERE e.selection_id = ? ORDER BY c.nomor_peserta, e.component_key`,
    )
    .all(selectionId) as StoredExternalScore[];
  const result: ExternalScoresByCandidate = {};
  for (const row of rows) (result[row.candidateId] ??= {})[row.componentKey] = row;
  return result;
}

/** The keys `candidateId|componentKey` that already hold a score in a selection. */
export function storedExternalKeys(db: Database, selectionId: string): Set<string> {
  const rows = db
    .prepare(
      `SELECT candidate_id || '|' || component_key FROM external_scores WHERE selection_id = ?`,
    )
    .pluck()
    .all(selectionId) as string[];
  return new Set(rows);
}
