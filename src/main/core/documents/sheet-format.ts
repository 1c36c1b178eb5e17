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
