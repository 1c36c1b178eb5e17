/**
 * Formula-injection guard for spreadsheet exports (docs/results-format.md): a text cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula by a
 * spreadsheet, so it gets a leading single quote, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `text`, prefixed with `'` when a spreadsheet would read it as a formula. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
