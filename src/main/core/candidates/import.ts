/**
 * Importing candidates from a CSV or XLSX file: check every row first, then write all valid rows
 * as one journal entry, or nothing. A file with an invalid row imports nothing unless the caller
 * explicitly asks for the valid rows only.
 */
import { randomUUID } from 'node:crypto';
import type { ImportMode, ImportReport } from '../../../shared/domain/import-report';
import { AppError } from '../../../shared/errors';
import { checkCandidateFile } from '../import/check-candidate-file';
import { record } from '../journal/record';
import { backupStore } from '../store/backup';
import type { Store } from '../store/open-store';
import { formasiByCodeKey } from '../formasi/queries';
import { getSelection } from '../selections/queries';
import { existingCandidateKeys } from './queries';

/** What to import, and how to treat invalid rows. */
export interface ImportRequest {
  selectionId: string;
  fileName: string;
  bytes: Uint8Array;
  mode: ImportMode;
  /** When set, the file must be byte-for-byte the one an earlier check reported. */
  expectedSha256?: string | null;
}

/** The stages an import reports, in order, so long work can show progress. */
export type ImportStage = 'checking' | 'backing-up' | 'writing' | 'done';

/** Checks `request.bytes` and, unless only checking, writes the valid rows. */
export async function importCandidates(
  store: Store,
  request: ImportRequest,
  onStage: (stage: ImportStage) => void = () => {},
): Promise<ImportReport> {
  const { db } = store;
  getSelection(db, request.selectionId);
  onStage('checking');
  const existing = existingCandidateKeys(db, request.selectionId);
  const checked = await checkCandidateFile(request.bytes, request.fileName, {
    formasiByCode: formasiByCodeKey(db, request.selectionId),
    existingNomorPeserta: existing.nomorPeserta,
    existingNik: existing.nik,
  });
  if (checked.totalRows === 0) throw new AppError('import.emptyFile');
  if (request.expectedSha256 && request.expectedSha256 !== checked.fileSha256) {
    throw new AppError('import.fileChanged');
  }
  const report: ImportReport = {
    fileName: request.fileName,
    fileSha256: checked.fileSha256,
    format: checked.format,
    encoding: checked.encoding,
    delimiter: checked.delimiter,
    columns: checked.columns,
    totalRows: checked.totalRows,
    validRows: checked.valid.length,
    invalidRows: checked.invalid,
    mode: request.mode,
    importedRows: 0,
    importId: null,
  };
  if (request.mode === 'check') return report;
  if (request.mode === 'all-or-nothing' && checked.invalid.length > 0) {
    throw new AppError(
      'import.invalidRows',
      { invalid: checked.invalid.length, total: checked.totalRows },
      report,
    );
  }
  if (checked.valid.length === 0) throw new AppError('import.nothingValid', {}, report);

  onStage('backing-up');
  await backupStore(db, store.backupDir, 'before-import', store.now());
  onStage('writing');
  const importId = randomUUID();
  record(store, 'candidates.imported', {
    importId,
    selectionId: request.selectionId,
    fileName: request.fileName,
    fileSha256: checked.fileSha256,
    skippedRows: checked.invalid.length,
    candidates: checked.valid.map(({ fields, formasiId }) => {
      const { formasiCode: _code, ...rest } = fields;
      return { ...rest, id: randomUUID(), formasiId };
    }),
  });
  onStage('done');
  return { ...report, importedRows: checked.valid.length, importId };
}
