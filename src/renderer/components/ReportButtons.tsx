/**
 * Prints the official documents of a session (lembar penilaian, daftar hadir, berita acara):
 * asks the main process for the PDF in the interface language and offers it for download.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_REPORT_KINDS } from '../../shared/domain/report';
import { isLanguage } from '../i18n/language';
import { useServices } from '../state/services';
import { DownloadButtons, MIME } from './DownloadButtons';

const LABEL_KEYS = {
  lembar: 'documents.report.lembar',
  'daftar-hadir': 'documents.report.daftarHadir',
  'berita-acara': 'documents.report.beritaAcara',
} as const satisfies Record<(typeof SESSION_REPORT_KINDS)[number], string>;

/** One button per document kind of session `sessionId`. */
export function ReportButtons(props: { sessionId: string }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const language = isLanguage(i18n.language) ? i18n.language : 'id';
  return (
    <DownloadButtons
      items={SESSION_REPORT_KINDS.map((kind) => ({
        id: kind,
        label: t(LABEL_KEYS[kind]),
        type: MIME.pdf,
        fetch: () => api['documents:report']({ kind, sessionId: props.sessionId, language }),
        saved: (file) => t('documents.report.saved', { file: file.fileName }),
      }))}
    />
  );
}
