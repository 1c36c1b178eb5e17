/**
 * Prints the blank score sheets of a session (paper fallback): asks the main process for the PDF
 * in the interface language and offers it for download, saying how it went.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/language';
import { useServices } from '../state/services';
import { downloadBase64 } from './download-bytes';
import { ErrorNotice } from './ErrorNotice';

/** A button that downloads the blank sheets of `sessionId` (or of `candidateIds` only). */
export function BlankSheetsButton(props: {
  sessionId: string;
  candidateIds?: string[];
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);

  const print = async () => {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      const file = await api['documents:blankSheets']({
        sessionId: props.sessionId,
        candidateIds: props.candidateIds,
        language: isLanguage(i18n.language) ? i18n.language : 'id',
      });
      downloadBase64(file.fileName, file.contentBase64);
      setNotice(t('documents.blankSheets.saved', { file: file.fileName }));
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="blank-sheets">
      <button type="button" className="button" disabled={busy} onClick={() => void print()}>
        {busy
          ? t('documents.blankSheets.busy')
          : props.candidateIds
            ? t('documents.blankSheets.printSome', { count: props.candidateIds.length })
            : t('documents.blankSheets.print')}
      </button>
      <p role="status" className="status-line">
        {notice}
      </p>
      <ErrorNotice error={error} />
    </div>
  );
}
