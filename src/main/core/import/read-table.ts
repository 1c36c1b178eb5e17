/** Reads a candidate file (CSV or XLSX) into its heading row and data rows. */
import { MAX_IMPORT_BYTES } from '../../../shared/contract/contract';
import { AppError } from '../../../shared/errors';
import { countKnownHeadings } from './columns';
import { detectFormat } from './detect-format';
import { cellText } from './cell-text';
import { readCsv, type SheetRows } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { RawCell, RawRow, RawTable } from './raw-table';

// Office sheets often start with a title ("DAFTAR PESERTA SELEKSI CPNS 2024", the instansi, a
// blank line); the heading row is looked for this far down.
const HEADER_SEARCH_ROWS = 20;
// Two recognised headings make a heading row; a title line or a data row never has two.
const MIN_KNOWN_HEADINGS = 2;
const MEGABYTE = 1024 * 1024;

/** How many headings a row names; the heading row is the first that names at least two. */
export type HeadingCounter = (cells: readonly RawCell[]) => number;

/**
 * Reads `bytes`; throws AppError for files that are too large, unreadable or empty. Other files
 * than the candidate list (paper score sheets) pass their own `countHeadings`.
 */
export async function readTable(
  bytes: Uint8Array,
  fileName: string,
  countHeadings: HeadingCounter = countKnownHeadings,
): Promise<RawTable> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new AppError('import.tooLarge', {
      size: Math.round((bytes.byteLength / MEGABYTE) * 10) / 10,
      limit: MAX_IMPORT_BYTES / MEGABYTE,
    });
  }
  const format = detectFormat(bytes, fileName);
  const sheet = format === 'xlsx' ? await readXlsx(bytes, fileName) : readCsv(bytes, countHeadings);
  return splitHeader(format, sheet, countHeadings);
}

function splitHeader(
  format: 'csv' | 'xlsx',
  sheet: SheetRows,
  countHeadings: HeadingCounter,
): RawTable {
  const { rows } = sheet;
  if (rows.length === 0) throw new AppError('import.emptyFile');
  const searched = Math.min(rows.length, HEADER_SEARCH_ROWS);
  let at = 0;
  for (let i = 0; i < searched; i += 1) {
    if (countHeadings((rows[i] as RawRow).cells) >= MIN_KNOWN_HEADINGS) {
      at = i;
      break;
    }
  }
  const header = rows[at] as RawRow;
  return {
    format,
    encoding: sheet.encoding,
    delimiter: sheet.delimiter,
    dateSystem: sheet.dateSystem,
    headerLine: header.line,
    headers: header.cells.map((cell) => cellText(cell)),
    rows: rows.slice(at + 1),
  };
}
