/**
 * Importing external scores (SKB CAT, CAT PPPK sub-scores, MS/TMS gates) from a CSV or XLSX
 * file: check every row first, then write every row as one journal entry, or nothing. A file
 * with any problem imports nothing (docs/external-scores.md).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ExternalScoresReport } from '../../../shared/domain/external-score';
import { AppError } from '../../../shared/errors';
import type { PlanComponent } from '../../../shared/plan/plan';
import { record } from '../journal/record';
import { readTable } from '../import/read-table';
import { findPlan } from '../plans/queries';
import { getSelection } from '../selections/queries';
import { backupStore } from '../store/backup';
import type { Store } from '../store/open-store';
import { checkExternalRows, type CheckedExternalRow, type ExternalContext } from './check-rows';
import { countExternalHeadings, mapExternalColumns } from './columns';
import { storedExternalKeys } from './queries';

/** What to check or import. */
export interface ExternalImportRequest {
  selectionId: string;
  fileName: string;
  bytes: Uint8Array;
  /** When set, the file must be byte-for-byte the one an earlier check reported. */
  expectedSha256?: string | null;
}

interface Checked {
  report: ExternalScoresReport;
  rows: CheckedExternalRow[];
}

/** The selection's candidates and their formasi plans, read once for the whole file. */
function contextOf(db: Database, selectionId: string): ExternalContext {
  const rows = db
    .prepare(
      `SELECT c.id, c.nomor_peserta AS nomor, c.formasi_id AS formasiId, f.code AS formasiCode
       FROM candidates c JOIN formasi f ON f.id = c.formasi_id WHERE c.selection_id = ?`,
    )
    .all(selectionId) as Array<{
    id: string;
    nomor: string;
    formasiId: string;
    formasiCode: string;
  }>;
  const candidates = new Map(rows.map(({ nomor, ...rest }) => [nomor, rest]));
  const plans = new Map<string, ReadonlyMap<string, PlanComponent>>();
  for (const formasiId of new Set(rows.map((row) => row.formasiId))) {
    const stored = findPlan(db, formasiId);
    if (stored) plans.set(formasiId, new Map(stored.plan.components.map((c) => [c.key, c])));
  }
  return { candidates, plans };
}

async function check(store: Store, request: ExternalImportRequest): Promise<Checked> {
  const { db } = store;
  getSelection(db, request.selectionId);
  const table = await readTable(request.bytes, request.fileName, countExternalHeadings);
  const columns = mapExternalColumns(table.headers);
  if (Array.isArray(columns)) {
    const [first] = columns as [(typeof columns)[number]];
    throw new AppError(first.code, first.params);
  }
  const rows = checkExternalRows(table, columns, contextOf(db, request.selectionId));
  if (rows.length === 0) throw new AppError('import.emptyFile');
  const stored = storedExternalKeys(db, request.selectionId);
  const valid = rows.filter((row) => row.value !== null);
  return {
    rows,
    report: {
      mode: 'check',
      fileName: request.fileName,
      fileSha256: createHash('sha256').update(request.bytes).digest('hex'),
      format: table.format,
      columns: Object.fromEntries([...columns.headings].map(([column, h]) => [h, column])),
      totalRows: rows.length,
      validRows: valid.length,
      replacing: valid.filter((row) => stored.has(row.key)).length,
      problems: rows.flatMap((row) => row.problems).sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
      importedRows: 0,
      importId: null,
    },
  };
}

/** Checks the file and reports every problem; writes nothing. */
export async function checkExternalScores(
  store: Store,
  request: ExternalImportRequest,
): Promise<ExternalScoresReport> {
  return (await check(store, request)).report;
}

/**
 * Checks the file and, when no row has a problem, writes every row as one
 * `externalScores.imported` entry after a backup. Refuses with `external.invalidRows` (the
 * report in its details) and changes nothing otherwise.
 */
export async function importExternalScores(
  store: Store,
  request: ExternalImportRequest,
): Promise<ExternalScoresReport> {
  const { report, rows } = await check(store, request);
  if (request.expectedSha256 && request.expectedSha256 !== report.fileSha256) {
    throw new AppError('import.fileChanged');
  }
  if (report.problems.length > 0) {
    throw new AppError('external.invalidRows', { count: report.problems.length }, report);
  }
  await backupStore(store.db, store.backupDir, 'before-import', store.now());
  const importId = randomUUID();
  record(store, 'externalScores.imported', {
    importId,
    selectionId: request.selectionId,
    fileName: request.fileName,
    fileSha256: report.fileSha256,
    scores: rows.flatMap((row) => (row.value ? [row.value] : [])),
  });
  return { ...report, mode: 'import', importedRows: rows.length, importId };
}
