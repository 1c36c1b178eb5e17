/** How the facts of a sheet are written: dates, weights, the rubric fingerprint, identifiers. */
import type { Language } from '../../../shared/i18n/errors';
import type { SheetSubject } from './sheet-data';

const LOCALE: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

// Made once per language: building an Intl formatter costs far more than using one.
const DATES = new Map<Language, Intl.DateTimeFormat>();
const NUMBERS = new Map<Language, Intl.NumberFormat>();

/** A session date (`YYYY-MM-DD`) in words, e.g. "Selasa, 12 November 2024". */
export function formatSessionDate(date: string, language: Language): string {
  // Read and written in UTC: the calendar date must not move with the laptop's time zone.
  let format = DATES.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[language], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    DATES.set(language, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** A weight or a number with the language's decimal separator ("12,5" / "12.5"). */
export function formatNumber(value: number, language: Language): string {
  let format = NUMBERS.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 2 });
    NUMBERS.set(language, format);
  }
  return format.format(value);
}

/** The short fingerprint of a rubric version: the first 16 hex digits of its content hash. */
export function shortHash(hash: string): string {
  return hash.slice(0, 16);
}

/**
 * The transcription identifier of the assessor: `nip_penguji` with the NIP, or `id_penguji` with
 * the assessor id for someone without a NIP.
 */
export function assessorIdentifier(assessor: SheetSubject['assessor']): {
  column: 'nip_penguji' | 'id_penguji';
  value: string;
} {
  return assessor.nip
    ? { column: 'nip_penguji', value: assessor.nip }
    : { column: 'id_penguji', value: assessor.id };
}

/** A NIP written the way people read it: "19850101 201001 1 001". */
export function formatNip(nip: string): string {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

const SCORES = new Map<Language, Intl.NumberFormat>();
const CLOCKS = new Map<Language, Intl.DateTimeFormat>();

/** A 0–100 score rounded to exactly 2 decimals for reading ("78,13" / "78.13"). */
export function formatScore(value: number, language: Language): string {
  let format = SCORES.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[language], {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    SCORES.set(language, format);
  }
  return format.format(value);
}

/**
 * The clock time of an instant in WIB (Asia/Jakarta), "08.05" / "08:05": fixed, not the
 * laptop's zone, so that the same data prints the same page anywhere (sheets say WIB too).
 */
export function formatClock(iso: string, language: Language): string {
  let format = CLOCKS.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[language], {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Jakarta',
    });
    CLOCKS.set(language, format);
  }
  return format.format(new Date(iso));
}

/** The calendar date of an instant in WIB, in words ("Selasa, 12 November 2024"). */
export function formatInstantDate(iso: string, language: Language): string {
  const wib = new Date(Date.parse(iso) + 7 * 3600 * 1000).toISOString().slice(0, 10);
  return formatSessionDate(wib, language);
}

const PLAIN_DATES = new Map<Language, Intl.DateTimeFormat>();

/** A session date (`YYYY-MM-DD`) without the weekday, e.g. "12 November 2024". */
export function formatPlainDate(date: string, language: Language): string {
  let format = PLAIN_DATES.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[language], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    PLAIN_DATES.set(language, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** The weekday of a session date, e.g. "Selasa". */
export function formatWeekday(date: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
