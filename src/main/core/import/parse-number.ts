/** Reads scores and averages written the Indonesian way (3,45) or the English way (3.45). */
import type { RawCell } from './raw-table';
import { cellText } from './cell-text';
import { fail, ok, type Parsed } from './parsed';

const INTEGER = /^[+-]?\d+$/;
// One separator is a decimal separator whichever it is: IPK 3,45 and 3.45 are both common, and
// the values read here (IPK, ijazah, SKD) are never large enough to need a thousands separator.
const ONE_SEPARATOR = /^([+-]?\d*)[.,](\d+)$/;
// Several groups of three are thousands: 1.234.567 or 1.234,5 (Indonesian), 1,234.5 (English).
const ID_GROUPED = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const EN_GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SPACES = /\s/g;
const DOTS = /\./g;
const COMMAS = /,/g;

/** The number in `cell`, or `number.invalid` with the text that was found. */
export function parseNumber(cell: RawCell | undefined): Parsed<number> {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? ok(cell) : fail('number.invalid', { value: String(cell) });
  const shown = cellText(cell);
  const text = shown.replace(SPACES, '');
  if (INTEGER.test(text)) return ok(Number(text));
  const decimal = ONE_SEPARATOR.exec(text);
  // Number() also reads ".5" and "-.5", so "0,5" written as ",5" works too.
  if (decimal) return ok(Number(`${decimal[1]}.${decimal[2]}`));
  if (ID_GROUPED.test(text)) return ok(Number(text.replace(DOTS, '').replace(',', '.')));
  if (EN_GROUPED.test(text)) return ok(Number(text.replace(COMMAS, '')));
  return fail('number.invalid', { value: shown });
}
