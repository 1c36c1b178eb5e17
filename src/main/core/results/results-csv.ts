/**
 * The announcement table as CSV (RFC 4180): comma-separated, CRLF line ends, a field quoted when
 * it holds a comma, quote, CR or LF, quotes doubled; UTF-8 with a byte-order mark so that
 * spreadsheets read the names right. Text cells are neutralised against formula injection.
 */
import type { AnnouncementTable, Cell } from './announcement-table';
import { neutraliseCell } from './neutralise-cell';

/** One CSV field. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : neutraliseCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole table as CSV bytes. */
export function resultsCsv(table: AnnouncementTable): Buffer {
  const lines = [table.headings, ...table.rows].map((row) => row.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
