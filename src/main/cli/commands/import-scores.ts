/**
 * `panitia import scores --db FILE --operator-a NIP|ID --operator-b NIP|ID [--check]
 * [--format table|json] FILE_A FILE_B`: double entry of paper score sheets. Only the sheets on
 * which both files agree are imported, signed by operator B; exit 1 when anything was refused.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PaperReport } from '../../../shared/domain/paper-report';
import { AppError, isAppError } from '../../../shared/errors';
import { errorMessage, type ErrorCode } from '../../../shared/i18n/errors';
import { getAssessor } from '../../core/assessors/queries';
import { checkPaper, importPaper, type PaperFileInput } from '../../core/paper/import-paper';
import { operatorByNipOrId } from '../../core/paper/lookups';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { reportError, type Output } from '../output';
import { paperText } from '../paper-text';
import { readPin } from '../read-pin';

/** Options of the command. */
export interface ImportScoresOptions {
  db: string;
  operatorA: string;
  operatorB: string;
  check?: boolean;
  format: 'table' | 'json';
}

async function readInput(file: string): Promise<PaperFileInput> {
  try {
    return { fileName: basename(file), bytes: await readFile(file) };
  } catch {
    throw new AppError('file.notFound', { file });
  }
}

/** Whether the report refuses anything: a problem, a difference, a one-sided or present sheet. */
export function anythingRefused(report: PaperReport): boolean {
  return (
    report.problems.length > 0 ||
    report.mismatches.length > 0 ||
    report.oneSided.length > 0 ||
    report.matched.some((m) => m.status !== 'siap' && m.status !== 'diimpor')
  );
}

/** Compares the two files and, unless only checking, imports the agreed sheets. */
export async function importScoresCommand(
  output: Output,
  fileA: string,
  fileB: string,
  options: ImportScoresOptions,
): Promise<number> {
  const inputs = [await readInput(fileA), await readInput(fileB)] as const;
  const store = await openStore(options.db);
  try {
    const request = {
      fileA: inputs[0],
      fileB: inputs[1],
      operatorAId: operatorByNipOrId(store.db, options.operatorA),
      operatorBId: operatorByNipOrId(store.db, options.operatorB),
    };
    let report: PaperReport;
    if (options.check) report = await checkPaper(store, request);
    else {
      // Compare first, so a file with problems is reported without asking for anyone's PIN.
      const checked = await checkPaper(store, request);
      if (checked.problems.length > 0) {
        throw new AppError('paper.invalidRows', { count: checked.problems.length }, checked);
      }
      const verifier = getAssessor(store.db, request.operatorBId);
      const pin = await readPin(paperText(output.language, 'pinPrompt', { nama: verifier.nama }));
      if (pin === null) throw new AppError('paper.pinRequired');
      report = await importPaper(store, { ...request, pin });
    }
    printReport(output, report, options.format);
    return anythingRefused(report) ? EXIT.refused : EXIT.ok;
  } catch (error) {
    if (isAppError(error) && error.details) {
      printReport(output, error.details as PaperReport, options.format, false);
    }
    return reportError(output, error);
  } finally {
    store.close();
  }
}

/** Prints the report; `outcome` adds the closing line (not for a refused import: the error says it). */
function printReport(
  output: Output,
  report: PaperReport,
  format: 'table' | 'json',
  outcome = true,
): void {
  if (format === 'json') {
    output.out(JSON.stringify(report, null, 2));
    return;
  }
  const say = (key: Parameters<typeof paperText>[1], params = {}) =>
    paperText(output.language, key, params);
  const keyParams = (key: PaperReport['mismatches'][number]['key']) => ({
    nomor: key.nomorPeserta,
    komponen: key.komponen,
    nip: key.nipPenguji,
  });
  for (const [side, file, operator] of [
    ['A', report.fileA, report.operatorA],
    ['B', report.fileB, report.operatorB],
  ] as const) {
    if (!file) continue;
    output.out(
      say('fileLine', {
        side,
        file: file.fileName,
        rows: file.rows,
        sha: file.sha256.slice(0, 16),
        nama: operator.nama,
      }),
    );
  }
  const count = (status: string) => report.matched.filter((m) => m.status === status).length;
  output.out(
    say('matchedLine', {
      matched: report.matched.length,
      ready: count('siap') + count('diimpor'),
      present: count('sudahAda'),
      invalid: count('tidakValid'),
    }),
  );
  if (report.mismatches.length > 0) {
    output.out(say('mismatchTitle', { count: report.mismatches.length }));
    output.out(`  ${say('mismatchHead')}`);
    for (const m of report.mismatches) {
      const empty = say('empty');
      output.out(
        `  ${say('mismatchRow', { ...keyParams(m.key), column: m.column, a: m.valueA || empty, b: m.valueB || empty })}`,
      );
    }
  }
  if (report.oneSided.length > 0) {
    output.out(say('oneSidedTitle', { count: report.oneSided.length }));
    for (const o of report.oneSided) {
      output.out(
        `  ${say('oneSidedRow', { ...keyParams(o.key), side: o.presentIn, line: o.line })}`,
      );
    }
  }
  const present = report.matched.filter((m) => m.status === 'sudahAda');
  if (present.length > 0) {
    output.out(say('presentTitle', { count: present.length }));
    for (const m of present) output.out(`  ${say('presentRow', keyParams(m.key))}`);
  }
  if (report.problems.length > 0) {
    // Problems go to stderr, like the invalid rows of a candidate import.
    output.err(say('problemsTitle', { count: report.problems.length }));
    for (const p of report.problems) {
      const where =
        (p.line !== null ? say('problemLine', { line: p.line }) : '') +
        (p.column !== null ? say('problemColumn', { column: p.column }) : '');
      const message = errorMessage(p.code as ErrorCode, p.params, output.language);
      output.err(`  ${say('problemRow', { side: p.side, file: p.fileName, where, message })}`);
    }
  }
  if (!outcome) return;
  if (report.mode === 'check') output.out(say('checkOnly'));
  else output.out(say('imported', { count: report.imported, nama: report.operatorB.nama }));
}
