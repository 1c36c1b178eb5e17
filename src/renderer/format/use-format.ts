/** Hook giving formatters bound to the current UI language. */
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatFixed, formatNumber } from './format';

/** Formatters that re-render when the language changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    language,
    number: (value: number, digits?: number) => formatNumber(value, language, digits),
    fixed: (value: number, digits: number) => formatFixed(value, language, digits),
    date: (iso: string) => formatDate(iso, language),
    dateTime: (iso: string) => formatDateTime(iso, language),
    /** A decimal the main process wrote with a point ("80.708"), in the UI language's style. */
    decimal: (text: string) => (language === 'en' ? text : text.replace('.', ',')),
  };
}
