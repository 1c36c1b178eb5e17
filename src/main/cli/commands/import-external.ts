/**
 * `panitia import external --db FILE [--selection ID] [--check] FILE`: imports external scores
 * (SKB CAT, CAT PPPK, MS/TMS), every row or none. Problems go to stderr with line and column;
 * exit 1 when anything was refused, as for the candidate import.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ExternalScoresReport } from '../../../shared/domain/external-score';
import { AppError, isAppError } from '../../../shared/errors';
import { errorMessage, type ErrorCode } from '../../../shared/i18n/errors';
import { checkExternalScores, importExternalScores } from '../../core/external/import-external';
import { listSelections } from '../../core/selections/queries';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { reportError, say, type Output } from '../output';

/** Options of the command. */
export interface ImportExternalOptions {
  db: string;
  selection?: string;
  check?: boolean;
}

/** The selection named, or the only one the database holds. */
function selectionOf(db: Database, named: string | undefined): string {
  if (named) return named;
  const selections = listSelections(db);
  if (selections.length === 1) return (selections[0] as { id: string }).id;
  if (selections.length === 0) throw new AppError('selection.notFound');
  throw new AppError('external.selectionRequired', { count: selections.length });
}

/** Checks the file and, unless only checking, imports it; prints the report. */
export async function importExternalCommand(
  output: Output,
  file: string,
  options: ImportExternalOptions,
): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new AppError('file.notFound', { file });
  }
  const store = await openStore(options.db);
  try {
    const request = {
      selectionId: selectionOf(store.db, options.selection),
      fileName: basename(file),
      bytes,
    };
    if (options.check) {
      const report = await checkExternalScores(store, request);
      printReport(output, report);
      output.out(say(output, 'importCheckOnly'));
      return report.problems.length > 0 ? EXIT.refused : EXIT.ok;
    }
    const report = await importExternalScores(store, request);
    printReport(output, report);
    output.out(
      say(output, 'externalDone', {
        imported: report.importedRows,
        file: report.fileName,
        id: report.importId ?? '',
      }),
    );
    return EXIT.ok;
  } catch (error) {
    if (isAppError(error) && error.details) {
      printReport(output, error.details as ExternalScoresReport);
    }
    return reportError(output, error);
  } finally {
    store.close();
  }
}

function printReport(output: Output, report: ExternalScoresReport): void {
  output.out(
    say(output, 'externalChecked', {
      total: report.totalRows,
      file: report.fileName,
      sha: report.fileSha256.slice(0, 16),
      valid: report.validRows,
      problems: report.problems.length,
      replacing: report.replacing,
    }),
  );
  for (const problem of report.problems) {
    const column =
      problem.column === null
        ? ''
        : say(output, 'externalProblemColumn', { column: problem.column });
    output.err(
      say(output, 'externalProblem', {
        line: problem.line ?? '-',
        column,
        message: errorMessage(problem.code as ErrorCode, problem.params, output.language),
      }),
    );
  }
}
