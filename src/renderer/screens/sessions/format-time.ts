/** A clock time of an instant, as the desk reads it (08.05 in Indonesian, 08:05 in English). */
import { intlLocale } from '../../i18n/language';

/** The local hour and minute of `iso`, or the text itself when it is no instant. */
export function formatClock(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}
