/** Reads the first worksheet of an XLSX workbook into rows of text, numbers and dates. */
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import { isBlankRow, type RawCell, type RawRow } from './raw-table';
import type { SheetRows } from './read-csv';

/** The non-blank rows of the first visible worksheet, each with its Excel row number. */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its input as its own `Buffer extends ArrayBuffer`; JSZip reads either.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    throw new AppError('import.unreadableFile', {
      file: fileName,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  // A hidden first sheet (lookup lists, a template's notes) is not what the user sees first.
  const sheets = workbook.worksheets.filter(Boolean);
  const sheet = sheets.find((s) => s.state === 'visible') ?? sheets[0];
  if (!sheet) throw new AppError('import.emptyFile');
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based (index 0 is empty), like Excel's column numbers.
    const values = row.values as ExcelJS.CellValue[];
    const cells: RawCell[] = [];
    for (let column = 1; column < values.length; column += 1) cells.push(rawCell(values[column]));
    if (!isBlankRow(cells)) rows.push({ line: rowNumber, cells });
  });
  const dateSystem = workbook.properties?.date1904 ? 1904 : 1900;
  return { encoding: null, delimiter: null, dateSystem, rows };
}

/** A cell value as text, number or date; formulas give their cached result, errors their text. */
function rawCell(value: ExcelJS.CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return rawCell(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return rawCell(value.result);
  return null;
}
