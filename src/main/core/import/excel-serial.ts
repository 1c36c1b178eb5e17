/** Excel serial day numbers, as found in cells a workbook did not format as dates. */
import { isoDate } from './calendar';

const DAY_MS = 86_400_000;
// Serial 1 is 1900-01-01 and Excel believes 1900-02-29 (serial 60) existed, a Lotus 1-2-3 bug it
// kept; from serial 61 on, counting from 1899-12-30 gives the right date.
const EPOCH_1900_BEFORE_BUG = Date.UTC(1899, 11, 31);
const EPOCH_1900_AFTER_BUG = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last date Excel can show. */
export const MAX_EXCEL_SERIAL = 2_958_465;

/** The ISO date of serial day `serial` (the time of day is dropped), or null if there is none. */
export function excelSerialToIso(serial: number, dateSystem: 1900 | 1904): string | null {
  const days = Math.floor(serial);
  if (!Number.isFinite(serial) || days > MAX_EXCEL_SERIAL) return null;
  let ms: number;
  if (dateSystem === 1904) {
    if (days < 0) return null;
    ms = EPOCH_1904 + days * DAY_MS;
  } else {
    if (days < 1 || days === 60) return null;
    ms = (days < 60 ? EPOCH_1900_BEFORE_BUG : EPOCH_1900_AFTER_BUG) + days * DAY_MS;
  }
  const date = new Date(ms);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
