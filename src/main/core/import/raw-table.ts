/** The neutral shape both readers (CSV, XLSX) produce, before any field is interpreted. */

/** One cell as the file holds it: CSV gives text only; XLSX also gives numbers and dates. */
export type RawCell = string | number | Date | null;

/** One non-blank row with the line number a person sees for it in a spreadsheet program. */
export interface RawRow {
  line: number;
  cells: readonly RawCell[];
}

/** A file's heading row and data rows, with how the file was read. */
export interface RawTable {
  format: 'csv' | 'xlsx';
  /** Text encoding of a CSV (`utf-8`, `utf-8-bom`, `utf-16le`, `windows-1252`); null for XLSX. */
  encoding: string | null;
  /** Field separator of a CSV; null for XLSX. */
  delimiter: string | null;
  /** Excel serial numbers count days from 1900 (Windows) or 1904 (old Mac workbooks). */
  dateSystem: 1900 | 1904;
  headerLine: number;
  headers: readonly string[];
  /** Rows below the heading row; blank rows are already left out. */
  rows: readonly RawRow[];
}

/** True for a cell with nothing in it but whitespace (or Excel's lone text marker `'`). */
export function isBlankCell(cell: RawCell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  const text = cell.trim();
  return text === '' || text === "'";
}

/** True for a row whose every cell is blank, which readers and the checker skip. */
export function isBlankRow(cells: readonly RawCell[]): boolean {
  for (const cell of cells) if (!isBlankCell(cell)) return false;
  return true;
}
