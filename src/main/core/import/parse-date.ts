/** Reads a birth date in the forms Indonesian offices write it; always day before month. */
import type { RawCell } from './raw-table';
import { isCalendarDate, isoDate } from './calendar';
import { cellText } from './cell-text';
import { excelSerialToIso } from './excel-serial';
import { fail, ok, type Parsed } from './parsed';

// dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, d/m/yyyy; the separator must be the same twice.
const DAY_MONTH_YEAR = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const DAY_MONTH_YY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})$/;
// yyyy-mm-dd, optionally with the time a database export appends.
const YEAR_MONTH_DAY =
  /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// 5 Agustus 1990, 05-Agu-1990, 5 Aug 1990.
const DAY_MONTHNAME_YEAR = /^(\d{1,2})[\s./-]*([A-Za-z]+)\.?[\s./-]*(\d{4})$/;
// A bare serial day number, as a General-formatted date cell comes out in a CSV. Five digits
// only (1927–2173): a lone year such as "1990" must not become a day in 1905.
const SERIAL = /^\d{5}(?:[.,]\d+)?$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const MONTHS = new Map<string, number>();
for (const [month, names] of [
  [1, 'januari jan january'],
  [2, 'februari pebruari feb peb february'],
  [3, 'maret mar march'],
  [4, 'april apr'],
  [5, 'mei may'],
  [6, 'juni jun june'],
  [7, 'juli jul july'],
  [8, 'agustus agu agt ags aug august'],
  [9, 'september sep sept'],
  [10, 'oktober okt oct october'],
  [11, 'november nov nop nopember'],
  [12, 'desember des dec december'],
] as const) {
  for (const name of names.split(' ')) MONTHS.set(name, month);
}

/** The ISO date (yyyy-mm-dd) in `cell`, or the problem that prevents reading one. */
export function parseDate(cell: RawCell | undefined, dateSystem: 1900 | 1904): Parsed<string> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail('date.invalid', { value: '' });
    // ExcelJS turns date cells into instants at UTC midnight; the UTC parts are the cell's date.
    return checked(
      cell.getUTCFullYear(),
      cell.getUTCMonth() + 1,
      cell.getUTCDate(),
      cellText(cell),
    );
  }
  if (typeof cell === 'number') return fromSerial(cell, String(cell), dateSystem);
  const text = cellText(cell);
  let match = DAY_MONTH_YEAR.exec(text);
  if (match) return checked(Number(match[4]), Number(match[3]), Number(match[1]), text);
  match = YEAR_MONTH_DAY.exec(text);
  if (match) return checked(Number(match[1]), Number(match[3]), Number(match[4]), text);
  match = DAY_MONTHNAME_YEAR.exec(text);
  if (match) {
    const month = MONTHS.get((match[2] as string).toLowerCase());
    if (month) return checked(Number(match[3]), month, Number(match[1]), text);
  }
  // Which century "05/08/90" means cannot be known; a wrong guess would pass the NIK check.
  if (DAY_MONTH_YY.test(text)) return fail('date.twoDigitYear', { value: text });
  if (SERIAL.test(text)) return fromSerial(Number(text.replace(',', '.')), text, dateSystem);
  return fail('date.invalid', { value: text });
}

function fromSerial(serial: number, shown: string, dateSystem: 1900 | 1904): Parsed<string> {
  const iso = excelSerialToIso(serial, dateSystem);
  if (!iso) return fail('date.notInCalendar', { value: shown });
  return checked(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)), shown);
}

function checked(year: number, month: number, day: number, shown: string): Parsed<string> {
  if (!isCalendarDate(year, month, day)) return fail('date.notInCalendar', { value: shown });
  if (year < MIN_YEAR || year > MAX_YEAR)
    return fail('date.yearOutOfRange', { value: shown, year });
  return ok(isoDate(year, month, day));
}
