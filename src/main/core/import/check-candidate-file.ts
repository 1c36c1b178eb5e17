/** The whole check of a candidate file: read it, check every row, fingerprint it. No writes. */
import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { CheckContext, CheckedRows } from './check-context';
import { checkCandidateRows } from './check-rows';
import { readTable } from './read-table';

/** The checked rows, with the file's fingerprint and how it was read. */
export interface CheckedFile extends CheckedRows {
  fileSha256: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
}

/**
 * Checks a candidate file. A problem with the file as a whole (size, format, headings, no data)
 * throws AppError; problems of single rows never throw and are listed in `invalid`.
 */
export async function checkCandidateFile(
  bytes: Uint8Array,
  fileName: string,
  context: CheckContext,
): Promise<CheckedFile> {
  const table = await readTable(bytes, fileName);
  const rows = checkCandidateRows(table, context);
  if (rows.totalRows === 0) throw new AppError('import.emptyFile');
  return {
    ...rows,
    fileSha256: createHash('sha256').update(bytes).digest('hex'),
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
  };
}
