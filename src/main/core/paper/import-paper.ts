/**
 * The paper fallback with double entry: check two operators' transcriptions of the same paper
 * sheets and import, in one transaction, exactly the sheets on which both agree in every cell.
 * Every row of both files is checked first; if any row is invalid nothing is written. Each
 * imported sheet is a `sheet.transcribed` entry signed by the verifying operator (B), naming who
 * entered and who verified it and the SHA-256 of both files.
 */
import type { Database } from 'better-sqlite3';
import type { Assessor } from '../../../shared/domain/assessor';
import type { PaperMatched, PaperReport } from '../../../shared/domain/paper-report';
import { AppError } from '../../../shared/errors';
import { getAssessor } from '../assessors/queries';
import { unlockPrivateKey } from '../assessors/unlock';
import { currentSheet } from '../scoring/sheet-rows';
import { recordSheet } from '../scoring/sign-sheet';
import { backupStore } from '../store/backup';
import type { Store } from '../store/open-store';
import { checkPaperRows, type ResolvedSheet } from './check-rows';
import { compareRows, sheetKeyOf } from './compare';
import { selectionAspectCodes } from './lookups';
import { readPaperFile, type PaperFile } from './read-paper-file';

/** One operator's file as uploaded. */
export interface PaperFileInput {
  fileName: string;
  bytes: Uint8Array;
}

/** What to compare: operator A typed `fileA`, operator B typed `fileB` from the same sheets. */
export interface PaperRequest {
  fileA: PaperFileInput;
  fileB: PaperFileInput;
  operatorAId: string;
  operatorBId: string;
}

interface Compared {
  report: PaperReport;
  /** The agreed, valid sheets not yet submitted, with their index in `report.matched`. */
  ready: Array<{ sheet: ResolvedSheet; at: number }>;
  sources: [string, string];
}

/** Refuses operators who are the same person, an observer, or of different selections. */
export function assertOperators(db: Database, operatorAId: string, operatorBId: string) {
  const a = getAssessor(db, operatorAId);
  const b = getAssessor(db, operatorBId);
  for (const operator of [a, b]) {
    if (operator.role === 'pengamat') {
      throw new AppError('paper.operatorObserver', { nama: operator.nama });
    }
  }
  if (a.id === b.id) throw new AppError('paper.sameOperator');
  if (a.selectionId !== b.selectionId) throw new AppError('paper.operatorOtherSelection');
  return { a, b };
}

function fileInfo(file: PaperFile) {
  return { fileName: file.fileName, sha256: file.sha256, rows: file.rows.length };
}

async function compare(store: Store, request: PaperRequest): Promise<Compared> {
  const { db } = store;
  const { a, b } = assertOperators(db, request.operatorAId, request.operatorBId);
  const codes = selectionAspectCodes(db, a.selectionId);
  const fileA = await readPaperFile('A', request.fileA.fileName, request.fileA.bytes, codes);
  const fileB = await readPaperFile('B', request.fileB.fileName, request.fileB.bytes, codes);
  // One file given twice is one transcription, not two: double entry would prove nothing.
  if (fileA.sha256 === fileB.sha256) throw new AppError('paper.sameFile');
  const rowsA = checkPaperRows(db, a.selectionId, fileA);
  const rowsB = checkPaperRows(db, a.selectionId, fileB);
  const { agreed, mismatches, oneSided } = compareRows(rowsA, rowsB);
  const ready: Compared['ready'] = [];
  const matched: PaperMatched[] = agreed.map(({ a: rowA, b: rowB }, at) => {
    const sheet = rowA.sheet && rowB.sheet ? rowA.sheet : null;
    const submitted =
      sheet !== null &&
      currentSheet(db, {
        sessionId: sheet.sessionId,
        candidateId: sheet.candidateId,
        assessorId: sheet.assessorId,
      }) !== null;
    if (sheet && !submitted) ready.push({ sheet, at });
    return {
      key: sheetKeyOf(rowA),
      nama: rowA.nama,
      assessorNama: rowA.assessorNama,
      total: sheet?.total ?? null,
      status: !sheet ? 'tidakValid' : submitted ? 'sudahAda' : 'siap',
      sheetId: null,
    };
  });
  const problems = [
    ...fileA.problems,
    ...fileB.problems,
    ...rowsA.flatMap((row) => row.problems),
    ...rowsB.flatMap((row) => row.problems),
  ];
  const report: PaperReport = {
    mode: 'check',
    operatorA: { id: a.id, nama: a.nama },
    operatorB: { id: b.id, nama: b.nama },
    fileA: fileInfo(fileA),
    fileB: fileInfo(fileB),
    matched,
    mismatches,
    oneSided,
    problems,
    imported: 0,
  };
  return { report, ready, sources: [fileA.sha256, fileB.sha256] };
}

/** Reads, checks and compares both files; writes nothing. */
export async function checkPaper(store: Store, request: PaperRequest): Promise<PaperReport> {
  return (await compare(store, request)).report;
}

/**
 * Imports the agreed sheets, signed with operator B's key (opened with `pin`), after a backup,
 * in one transaction. Refused, with the report as details and nothing written, when any row of
 * either file is invalid or no sheet is ready.
 */
export async function importPaper(
  store: Store,
  request: PaperRequest & { pin: string },
): Promise<PaperReport> {
  const { db } = store;
  const { report: checked, ready, sources } = await compare(store, request);
  const report: PaperReport = { ...checked, mode: 'import' };
  if (report.problems.length > 0) {
    throw new AppError('paper.invalidRows', { count: report.problems.length }, report);
  }
  if (ready.length === 0) throw new AppError('paper.nothingToImport', {}, report);
  // The PIN is checked outside any transaction, so a wrong one is counted even though we stop.
  const privateKey = unlockPrivateKey(db, request.operatorBId, request.pin, store.now());
  const verifier: Assessor = getAssessor(db, request.operatorBId);
  await backupStore(db, store.backupDir, 'before-paper-import', store.now());
  const transcription = {
    enteredBy: request.operatorAId,
    verifiedBy: verifier.id,
    sources: [...sources],
  };
  const ids = db.transaction(() =>
    ready.map(
      ({ sheet }) =>
        recordSheet(store, {
          kind: 'sheet.transcribed',
          key: {
            sessionId: sheet.sessionId,
            candidateId: sheet.candidateId,
            assessorId: sheet.assessorId,
          },
          entry: sheet.entry,
          lineage: { version: 1, supersedes: null, reason: null },
          signer: { id: verifier.id, keyVersion: verifier.keyVersion, privateKey },
          origin: 'transkripsi',
          transcription,
        }).content.id,
    ),
  )();
  const matched = [...report.matched];
  ready.forEach(({ at }, i) => {
    matched[at] = { ...matched[at]!, status: 'diimpor', sheetId: ids[i]! };
  });
  return { ...report, matched, imported: ids.length };
}
