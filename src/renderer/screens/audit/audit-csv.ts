/** The filtered audit list as CSV, safe to open in a spreadsheet. */

/**
 * A CSV cell: quoted when needed, and a leading apostrophe on text a spreadsheet would run as
 * a formula (starting with = + - @, or a tab or carriage return before one).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** CSV text of `rows` under `header`, CRLF line ends, with a BOM so spreadsheets read UTF-8. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
