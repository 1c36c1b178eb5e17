/** Decides whether a file is read as CSV or XLSX, from its name and its first bytes. */
import { AppError } from '../../../shared/errors';

const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);
const XLSX_EXTENSIONS = new Set(['xlsx', 'xlsm']);

/** The reader for `bytes`; refuses formats it cannot read, such as old .xls or .ods. */
export function detectFormat(bytes: Uint8Array, fileName: string): 'csv' | 'xlsx' {
  const extension = fileName.includes('.') ? (fileName.split('.').pop() ?? '').toLowerCase() : '';
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  // Old binary .xls (OLE compound file), possibly renamed: ExcelJS cannot read it.
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (ole) throw new AppError('import.unsupportedFormat', { file: fileName });
  if (XLSX_EXTENSIONS.has(extension)) {
    if (!zip)
      throw new AppError('import.unreadableFile', { file: fileName, detail: 'not a zip/xlsx' });
    return 'xlsx';
  }
  // Offices rename files freely; an .csv that is really a workbook is still read as one.
  if (TEXT_EXTENSIONS.has(extension) || extension === '') return zip ? 'xlsx' : 'csv';
  throw new AppError('import.unsupportedFormat', { file: fileName });
}
