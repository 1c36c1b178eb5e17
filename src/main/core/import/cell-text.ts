/** Turns any cell into the text a person sees, and reads identifiers (NIK, nomor peserta) safely. */
import type { RawCell } from './raw-table';
import { fail, ok, type Parsed } from './parsed';

const WHITESPACE_RUN = /\s+/g;
// "3,51514E+15" or "3.51514e15": what Excel writes to CSV for a long number in a General cell.
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/;
// Excel keeps 15 significant digits, so a longer number typed into a cell loses its last digits.
const EXCEL_DIGITS = 15;

/** The text of a cell: trimmed, inner whitespace collapsed, Excel's leading-apostrophe marker removed. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return String(cell);
  let text = cell.trim();
  // Excel users type a leading ' to keep a number as text; it is a marker, not part of the value.
  if (text.startsWith("'")) text = text.slice(1).trim();
  return text.replace(WHITESPACE_RUN, ' ');
}

/**
 * The text of an identifier cell. A long number stored as a number, or written in scientific
 * notation, may have lost digits; it is refused rather than guessed.
 */
export function identifierText(cell: RawCell | undefined): Parsed<string> {
  if (typeof cell === 'number') {
    if (!Number.isSafeInteger(cell)) {
      return Number.isInteger(cell)
        ? fail('value.storedAsNumber', { value: String(cell) })
        : ok(String(cell));
    }
    const digits = String(cell);
    // Only a trailing 0 can be Excel's rounding; any other last digit was stored exactly.
    if (digits.length > EXCEL_DIGITS && digits.endsWith('0')) {
      return fail('value.storedAsNumber', { value: digits });
    }
    return ok(digits);
  }
  const text = cellText(cell);
  if (SCIENTIFIC.test(text)) return fail('value.scientific', { value: text });
  return ok(text);
}
