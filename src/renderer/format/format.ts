/** Numbers, dates and times written the way the current UI language writes them. */
import { intlLocale } from '../i18n/language';

/** A number with the language's separators (20.000 and 3,45 in Indonesian). */
export function formatNumber(value: number, language: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits }).format(value);
}

/** A number with exactly `digits` decimals, e.g. a score: 75,00 in Indonesian, 75.00 in English. */
export function formatFixed(value: number, language: string, digits: number): string {
  return new Intl.NumberFormat(intlLocale(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * A calendar date (yyyy-mm-dd) as dd/mm/yyyy. Parsed by hand and formatted in UTC, because
 * `new Date('1968-08-05')` is UTC midnight and would show the previous day west of Greenwich.
 */
export function formatDate(isoDate: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** An instant (ISO timestamp) as local date and time, to the second. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
}
