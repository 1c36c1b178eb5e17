/**
 * `panitia import candidates --db FILE --selection ID [--check] [--skip-invalid] [--progress] FILE`:
 * imports every row or none; with --skip-invalid, the valid rows only. Bad rows go to stderr.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportReport } from '../../../shared/domain/import-report';
import { AppError, isAppError } from '../../../shared/errors';
import { describeProblem } from '../../../shared/i18n/import-problems';
import { importCandidates } from '../../core/candidates/import';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { reportError, say, type Output } from '../output';

/** Options of the import command. */
export interface ImportCandidatesOptions {
  db: string;
  selection: string;
  check?: boolean;
  skipInvalid?: boolean;
  progress?: boolean;
}

/** Runs the import and prints the report; exit 1 when rows were invalid and nothing imported. */
export async function importCandidatesCommand(
  output: Output,
  file: string,
  options: ImportCandidatesOptions,
): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new AppError('file.notFound', { file });
  }
  const store = await openStore(options.db);
  try {
    const mode = options.check ? 'check' : options.skipInvalid ? 'skip-invalid' : 'all-or-nothing';
    const report = await importCandidates(
      store,
      { selectionId: options.selection, fileName: basename(file), bytes, mode },
      // Progress goes to stderr so stdout stays the report; pipes are synchronous on Linux.
      (stage) => options.progress && output.err(say(output, `stage.${stage}`)),
    );
    printReport(output, report);
    if (mode === 'check') output.out(say(output, 'importCheckOnly'));
    else {
      output.out(
        say(output, 'importDone', {
          imported: report.importedRows,
          file: report.fileName,
          skipped: report.invalidRows.length,
        }),
      );
    }
    return EXIT.ok;
  } catch (error) {
    if (isAppError(error) && error.details) printReport(output, error.details as ImportReport);
    return reportError(output, error);
  } finally {
    store.close();
  }
}

function printReport(output: Output, report: ImportReport): void {
  output.out(
    say(output, 'importChecked', {
      total: report.totalRows,
      valid: report.validRows,
      invalid: report.invalidRows.length,
    }),
  );
  for (const row of report.invalidRows) {
    const who = row.nomorPeserta ? ` (${row.nomorPeserta}${row.nama ? `, ${row.nama}` : ''})` : '';
    const problems = row.problems.map((p) => describeProblem(p, output.language)).join('; ');
    output.err(say(output, 'invalidRow', { line: row.line, who, problems }));
  }
}
