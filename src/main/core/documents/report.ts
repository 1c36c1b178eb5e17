/**
 * Printing an official document (lembar penilaian, daftar hadir, berita acara of a session; rekap
 * and pengumuman of the results) as one A4 PDF in the shared page frame, carrying the results
 * hash of the data it came from and the printing device's fingerprint. The same data, device,
 * request and language give the same bytes, in the app and in the CLI.
 */
import type { Database } from 'better-sqlite3';
import type { ReportKind } from '../../../shared/domain/report';
import { AppError } from '../../../shared/errors';
import type { Language } from '../../../shared/i18n/errors';
import { reportLabel } from '../../../shared/i18n/report-labels';
import { resultsHash } from '../results/results-hash';
import { deviceLine } from './device-line';
import { pdfFileName } from './file-name';
import {
  drawOfficialFooters,
  sessionScope,
  startOfficial,
  type FrameScope,
  type OfficialFrame,
} from './official-frame';
import { createPdf, pdfBytes, type PdfInfo } from './pdf-document';
import { reportResults, type ReportResults } from './report-results';
import { REPORTS } from './reports';
import type {
  ReportRequest,
  ResultsReportDefinition,
  SessionReportDefinition,
} from './reports/report-definition';
import { reportSession } from './report-session';
import type { Writer } from './sheet-page';

export type { ReportRequest } from './reports/report-definition';

/** A printed document, its file name and how many pages it came out. */
export interface PrintedReport {
  pdf: Buffer;
  fileName: string;
  pages: number;
}

/**
 * Prints document `kind` for `request`: a session kind needs `sessionId`, the rekap `formasiId`.
 * Throws `document.needsSession` / `document.needsFormasi` when it is missing,
 * `session.notFound` / `formasi.notFound`, and what the kind refuses (e.g. `document.noSheets`
 * for a lembar with no submitted sheet).
 */
export async function printReport(
  db: Database,
  kind: ReportKind,
  request: ReportRequest,
  resourcesDir: string,
  language: Language,
): Promise<PrintedReport> {
  const definition = REPORTS[kind];
  return definition.scope === 'session'
    ? printSessionReport(db, kind, definition, request, resourcesDir, language)
    : printResultsReport(db, definition, request, resourcesDir, language);
}

async function printSessionReport(
  db: Database,
  kind: ReportKind,
  definition: SessionReportDefinition,
  request: ReportRequest,
  resourcesDir: string,
  language: Language,
): Promise<PrintedReport> {
  if (request.sessionId === undefined) throw new AppError('document.needsSession');
  const session = reportSession(db, request.sessionId);
  const draw = definition.prepare(db, session, request);
  const frame: OfficialFrame = {
    title: definition.title(language),
    kindLabel: definition.kindLabel(language),
    scope: sessionScope(session, language),
    resultsHash: request.resultsHash ?? resultsHash(db, session.selectionId),
    device: deviceLine(db, language),
  };
  const nomor = request.candidateId
    ? session.candidates.find((c) => c.candidateId === request.candidateId)?.nomorPeserta
    : undefined;
  return render(
    frame,
    resourcesDir,
    language,
    {
      title: `${frame.kindLabel} — ${session.componentLabel} — ${session.formasiCode}`,
      subject: `${session.selectionName} · ${session.date} ${session.startTime} · ${session.room}`,
      creationDate: request.creationDate ?? new Date(session.createdAt),
    },
    (writer) => draw(writer, { db, session, frame, request }),
    pdfFileName([
      definition.fileStem[language],
      session.formasiCode,
      session.componentKey,
      session.date,
      session.startTime,
      ...(kind === 'lembar' && nomor ? [nomor] : []),
    ]),
  );
}

async function printResultsReport(
  db: Database,
  definition: ResultsReportDefinition,
  request: ReportRequest,
  resourcesDir: string,
  language: Language,
): Promise<PrintedReport> {
  if (definition.needsFormasi && request.formasiId === undefined) {
    throw new AppError('document.needsFormasi');
  }
  const results = reportResults(db, request);
  const draw = definition.prepare(db, results, request);
  const scope = resultsScope(results, language);
  const frame: OfficialFrame = {
    title: definition.title(language),
    kindLabel: definition.kindLabel(language),
    scope,
    resultsHash: request.resultsHash ?? results.hash,
    device: deviceLine(db, language),
  };
  const codes = results.single ? results.formasi.map((f) => f.formasi.code) : [];
  return render(
    frame,
    resourcesDir,
    language,
    {
      title: `${frame.kindLabel} — ${scope.line}`,
      subject: results.selection.name,
      creationDate: request.creationDate ?? new Date(results.selection.createdAt),
    },
    (writer) => draw(writer, { db, results, frame, request }),
    pdfFileName([
      definition.fileStem[language],
      ...(codes.length > 0 ? codes : [reportLabel(language, 'allFormasiStem')]),
    ]),
  );
}

/** What a results document is about: one formasi, or every formasi of the selection. */
function resultsScope(results: ReportResults, language: Language): FrameScope {
  const [first] = results.formasi;
  const line =
    results.single && first
      ? `${reportLabel(language, 'formasi')} ${first.formasi.code} — ${first.formasi.jabatan} · ${first.formasi.unit}`
      : reportLabel(language, 'allFormasi', { count: results.formasi.length });
  return {
    instansi: results.selection.instansi,
    selectionName: results.selection.name,
    line,
    footerId: line,
  };
}

async function render(
  frame: OfficialFrame,
  resourcesDir: string,
  language: Language,
  info: Omit<PdfInfo, 'language'>,
  draw: (writer: Writer) => void,
  fileName: string,
): Promise<PrintedReport> {
  const doc = createPdf(resourcesDir, { ...info, language: language === 'id' ? 'id-ID' : 'en-GB' });
  const writer = startOfficial(doc, frame, language);
  draw(writer);
  // Footers last: "Halaman X dari Y" needs the page count.
  drawOfficialFooters(doc, frame, language);
  const pages = doc.bufferedPageRange().count;
  return { pdf: await pdfBytes(doc), fileName, pages };
}
