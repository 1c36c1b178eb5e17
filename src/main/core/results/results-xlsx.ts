/**
 * The announcement table as an XLSX workbook: one sheet "Hasil", headings bold and frozen,
 * scores as text with three decimals (as in the CSV), integers and IPK as numbers. Text cells
 * are neutralised against formula injection, so no cell is ever a formula.
 */
import ExcelJS from 'exceljs';
import type { AnnouncementTable } from './announcement-table';
import { neutraliseCell } from './neutralise-cell';

// The workbook's own dates would otherwise be "now": the data's day is what matters, not ours.
const FIXED_DATE = new Date('2000-01-01T00:00:00.000Z');

/** The whole table as XLSX bytes. */
export async function resultsXlsx(table: AnnouncementTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Panitia';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet('Hasil', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headings.map(neutraliseCell)).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell)));
  }
  table.headings.forEach((heading, i) => {
    sheet.getColumn(i + 1).width = Math.max(6, Math.min(40, heading.length + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
