/**
 * Prints the blank score sheets of a session (paper fallback): asks the main process for the PDF
 * in the interface language and offers it for download, saying how it went.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/language';
import { useServices } from '../state/services';
import { DownloadButtons, MIME } from './DownloadButtons';

/** A button that downloads the blank sheets of `sessionId` (or of `candidateIds` only). */
export function BlankSheetsButton(props: {
  sessionId: string;
  candidateIds?: string[];
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const { sessionId, candidateIds } = props;
  const label = candidateIds
    ? t('documents.blankSheets.printSome', { count: candidateIds.length })
    : t('documents.blankSheets.print');
  return (
    <DownloadButtons
      className="blank-sheets"
      items={[
        {
          id: 'blank-sheets',
          label,
          type: MIME.pdf,
          fetch: () =>
            api['documents:blankSheets']({
              sessionId,
              candidateIds,
              language: isLanguage(i18n.language) ? i18n.language : 'id',
            }),
          saved: (file) => t('documents.blankSheets.saved', { file: file.fileName }),
        },
      ]}
    />
  );
}
