/**
 * The merge report as a PDF (Laporan Penggabungan Data): the signed report of one merge, read
 * from `merge_reports`, in the official page frame with "Halaman X dari Y" and the printing
 * device's fingerprint. The same report, device and language give the same bytes.
 */
import type { Database } from 'better-sqlite3';
import { MergeReport } from '../../../shared/domain/merge';
import { AppError } from '../../../shared/errors';
import type { Language } from '../../../shared/i18n/errors';
import { mergeReportLabel } from '../../../shared/i18n/merge-report-labels';
import { deviceLine } from './device-line';
import { pdfFileName } from './file-name';
import { drawOfficialFooters, startOfficial, type OfficialFrame } from './official-frame';
import { createPdf, pdfBytes } from './pdf-document';
import type { PrintedReport } from './report';
import { drawMergeReport, type StoredMergeReport } from './merge-report-sections';

/** Prints merge report `reportId`; throws `mergeReport.notFound` for an id this store lacks. */
export async function mergeReportPdf(
  db: Database,
  reportId: string,
  resourcesDir: string,
  language: Language,
): Promise<PrintedReport> {
  const stored = storedReport(db, reportId);
  const { report } = stored;
  const selection = db
    .prepare('SELECT name, instansi FROM selections ORDER BY created_at, id LIMIT 1')
    .get() as { name: string; instansi: string } | undefined;
  const l = (key: Parameters<typeof mergeReportLabel>[1], params = {}) =>
    mergeReportLabel(language, key, params);
  const frame: OfficialFrame = {
    title: l('title'),
    kindLabel: l('kind'),
    scope: {
      instansi: selection?.instansi ?? l('noSelection'),
      selectionName: selection?.name ?? '',
      line: l('line', { at: report.mergedAt, fingerprint: report.merger.fingerprint }),
      footerId: l('footerId', { id: reportId }),
    },
    resultsHash: report.results[0]?.inputsHash ?? '—',
    device: deviceLine(db, language),
  };
  const doc = createPdf(resourcesDir, {
    title: `${l('kind')} ${reportId}`,
    subject: selection?.name ?? '',
    creationDate: new Date(report.mergedAt),
    language: language === 'id' ? 'id-ID' : 'en-GB',
  });
  const writer = startOfficial(doc, frame, language);
  const names = new Map(
    (db.prepare('SELECT id, name FROM selections').all() as { id: string; name: string }[]).map(
      ({ id, name }) => [id, name],
    ),
  );
  drawMergeReport(writer, stored, names);
  drawOfficialFooters(doc, frame, language);
  const pages = doc.bufferedPageRange().count;
  return {
    pdf: await pdfBytes(doc),
    fileName: pdfFileName([language === 'id' ? 'laporan-penggabungan' : 'merge-report', reportId]),
    pages,
  };
}

function storedReport(db: Database, reportId: string): StoredMergeReport {
  const row = db
    .prepare(
      `SELECT id, device_id AS device, seq, recorded_at AS recordedAt, report, signature,
         public_key AS publicKey FROM merge_reports WHERE id = ?`,
    )
    .get(reportId) as (Omit<StoredMergeReport, 'report'> & { report: string }) | undefined;
  if (!row) throw new AppError('mergeReport.notFound', { id: reportId });
  return { ...row, report: MergeReport.parse(JSON.parse(row.report)) };
}
