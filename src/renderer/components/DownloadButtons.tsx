/**
 * A row of buttons that each ask the main process for a file (PDF, JSON, CSV, XLSX) and offer
 * it for download, saying how it went. One at a time: the others wait while one is prepared.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBase64 } from './download-bytes';
import { ErrorNotice } from './ErrorNotice';

/** A file as the main process returns it; a results export also names its input hash. */
export interface DownloadedFile {
  fileName: string;
  contentBase64: string;
  inputsHash?: string;
}

/** One file a button offers. */
export interface DownloadItem {
  id: string;
  label: string;
  /** The MIME type the download is offered as. */
  type: string;
  fetch(): Promise<DownloadedFile>;
  /** The sentence shown once saved; "saved as FILE" when left out. */
  saved?(file: DownloadedFile): string;
}

/** The MIME types of the files the app offers. */
export const MIME = {
  pdf: 'application/pdf',
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Renders one button per item, a status line, and the refusal when one is refused. */
export function DownloadButtons(props: {
  items: readonly DownloadItem[];
  className?: string;
  label?: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);

  const download = async (item: DownloadItem) => {
    setBusy(item.id);
    setError(null);
    setNotice('');
    try {
      const file = await item.fetch();
      downloadBase64(file.fileName, file.contentBase64, item.type);
      setNotice(item.saved?.(file) ?? t('documents.saved', { file: file.fileName }));
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className={props.className ?? 'report-buttons'} role="group" aria-label={props.label}>
      {props.items.map((item) => (
        <button
          key={item.id}
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void download(item)}
        >
          {busy === item.id ? t('documents.busy') : item.label}
        </button>
      ))}
      <p role="status" className="status-line">
        {notice}
      </p>
      <ErrorNotice error={error} />
    </div>
  );
}
