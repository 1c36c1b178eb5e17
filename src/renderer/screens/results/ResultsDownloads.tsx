/**
 * What leaves the results screen: the reproducible export (JSON) and the announcement table
 * (CSV, XLSX) of the selection, and the results documents (rekap nilai, pengumuman) as PDF.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultsFormat } from '../../../shared/results/results-format';
import { DownloadButtons, MIME, type DownloadItem } from '../../components/DownloadButtons';
import { isLanguage } from '../../i18n/language';
import { useServices } from '../../state/services';

const EXPORT_LABELS = {
  json: 'resultsScreen.downloads.json',
  csv: 'resultsScreen.downloads.csv',
  xlsx: 'resultsScreen.downloads.xlsx',
} as const satisfies Record<ResultsFormat, string>;

/** The export and document buttons of the selection and the formasi on screen. */
export function ResultsDownloads(props: {
  selectionId: string;
  formasiId: string;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const language = isLanguage(i18n.language) ? i18n.language : 'id';
  const { selectionId, formasiId } = props;
  const exports = (['json', 'csv', 'xlsx'] as const).map((format): DownloadItem => ({
    id: format,
    label: t(EXPORT_LABELS[format]),
    type: MIME[format],
    fetch: () => api['results:export']({ selectionId, format, language }),
    saved: (file) =>
      t('resultsScreen.downloads.savedExport', {
        file: file.fileName,
        hash: file.inputsHash ?? '',
      }),
  }));
  const pdf = (
    id: string,
    label: string,
    request: { kind: 'rekap' | 'pengumuman'; formasiId?: string },
  ): DownloadItem => ({
    id,
    label,
    type: MIME.pdf,
    fetch: () => api['documents:report']({ ...request, language }),
    saved: (file) => t('documents.report.saved', { file: file.fileName }),
  });
  const documents = [
    pdf('rekap', t('resultsScreen.downloads.rekap'), { kind: 'rekap', formasiId }),
    pdf('pengumuman', t('resultsScreen.downloads.pengumuman'), { kind: 'pengumuman', formasiId }),
    pdf('pengumuman-all', t('resultsScreen.downloads.pengumumanAll'), { kind: 'pengumuman' }),
  ];
  return (
    <div className="results-downloads">
      <DownloadButtons items={exports} label={t('resultsScreen.downloads.exports')} />
      <DownloadButtons items={documents} label={t('resultsScreen.downloads.documents')} />
    </div>
  );
}
