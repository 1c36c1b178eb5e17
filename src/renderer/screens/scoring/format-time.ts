/** Clock times on the scoring screen: "Tersimpan 09:14:03" needs the time, not the date. */
import { intlLocale } from '../../i18n/language';

/** An instant (ISO timestamp) as local hh:mm:ss on the 24-hour clock. */
export function formatTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
}
