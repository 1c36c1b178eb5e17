/** The dashboard's time of day and share, written the way the UI language writes them. */
import { intlLocale } from '../../i18n/language';

/** The local time of `iso` to the second on the 24-hour clock (08.25.41 in Indonesian). */
export function formatTimeOfDay(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
}

/** A share 0–1 as a whole percentage (67% in both languages); never 100% before it is all. */
export function formatShare(share: number, language: string): string {
  // Rounding 99.6% up would tell a chair the day is done while one sheet is still missing.
  const shown = share < 1 ? Math.min(Math.round(share * 100), 99) / 100 : 1;
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(shown);
}
