/**
 * Prints the official documents of a session (lembar penilaian, daftar hadir, berita acara):
 * asks the main process for the PDF in the interface language and offers it for download.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_REPORT_KINDS } from '../../shared/domain/report';
import { isLanguage } from '../i18n/language';
import { useServices } from '../state/services';
import { downloadBase64 } from './download-bytes';
import { ErrorNotice } from './ErrorNotice';

const LABEL_KEYS = {
  lembar: 'documents.report.lembar',
  'daftar-hadir': 'documents.report.daftarHadir',
  'berita-acara': 'documents.report.beritaAcara',
} as const satisfies Record<SessionReportKind, string>;

type SessionReportKind = (typeof SESSION_REPORT_KINDS)[number];

/** One button per document kind of session `sessionId`. */
export function ReportButtons(props: { sessionId: string }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const [busy, setBusy] = useState<SessionReportKind | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);

  const print = async (kind: SessionReportKind) => {
    setBusy(kind);
    setError(null);
    setNotice('');
    try {
      const file = await api['documents:report']({
        kind,
        sessionId: props.sessionId,
        language: isLanguage(i18n.language) ? i18n.language : 'id',
      });
      downloadBase64(file.fileName, file.contentBase64);
      setNotice(t('documents.report.saved', { file: file.fileName }));
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="report-buttons">
      {SESSION_REPORT_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void print(kind)}
        >
          {busy === kind ? t('documents.report.busy') : t(LABEL_KEYS[kind])}
        </button>
      ))}
      <p role="status" className="status-line">
        {notice}
      </p>
      <ErrorNotice error={error} />
    </div>
  );
}
