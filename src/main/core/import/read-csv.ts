/** Reads a CSV file into rows of text, whatever encoding and separator an office used. */
import Papa from 'papaparse';
import { AppError } from '../../../shared/errors';
import { countKnownHeadings } from './columns';
import { decodeText } from './decode-text';
import { isBlankRow, type RawRow } from './raw-table';

/** The rows of a sheet or CSV before the heading row is chosen. */
export interface SheetRows {
  encoding: string | null;
  delimiter: string | null;
  dateSystem: 1900 | 1904;
  rows: RawRow[];
}

// Excel writes ";" when the Windows list separator is ";", as it is in the Indonesian locale.
const DELIMITERS = [',', ';', '\t'] as const;
const PREVIEW_LINES = 20;

/** The non-blank records of a CSV; a record's line is its row number in a spreadsheet program. */
export function readCsv(
  bytes: Uint8Array,
  countHeadings: (cells: readonly string[]) => number = countKnownHeadings,
): SheetRows {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text, countHeadings);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) throw new AppError('import.unclosedQuote', { line: (unclosed.row ?? 0) + 1 });
  const rows: RawRow[] = [];
  // A record is one spreadsheet row even when a quoted cell spans several text lines, and a blank
  // line is a blank spreadsheet row, so record i is row i + 1 in Excel.
  parsed.data.forEach((cells, i) => {
    if (!isBlankRow(cells)) rows.push({ line: i + 1, cells });
  });
  return { encoding, delimiter, dateSystem: 1900, rows };
}

/**
 * The separator that makes the most recognised headings in the first lines; if none is
 * recognised, the one that occurs most in the first non-blank line (ties go to the comma).
 */
export function detectDelimiter(
  text: string,
  countHeadings: (cells: readonly string[]) => number = countKnownHeadings,
): string {
  const preview = firstLines(text, PREVIEW_LINES);
  let best: string = ',';
  let bestKnown = 0;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(preview, { delimiter }).data;
    const known = Math.max(0, ...rows.map((row) => countHeadings(row)));
    if (known > bestKnown) [best, bestKnown] = [delimiter, known];
  }
  if (bestKnown > 0) return best;
  const line = preview.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = line.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

function firstLines(text: string, count: number): string {
  let end = 0;
  for (let i = 0; i < count && end !== -1; i += 1) end = text.indexOf('\n', end + 1);
  return end === -1 ? text : text.slice(0, end);
}
