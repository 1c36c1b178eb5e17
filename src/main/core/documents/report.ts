/**
 * Printing an official document of a session (lembar penilaian, daftar hadir, berita acara) as
 * one A4 PDF in the shared page frame. The same data, request and language give the same bytes,
 * in the app and in the CLI.
 */
import type { Database } from 'better-sqlite3';
import type { ReportKind } from '../../../shared/domain/report';
import type { Language } from '../../../shared/i18n/errors';
import { pdfFileName } from './file-name';
import { drawOfficialFooters, startOfficial, type OfficialFrame } from './official-frame';
import { createPdf, pdfBytes } from './pdf-document';
import { REPORTS } from './reports';
import type { ReportRequest } from './reports/report-definition';
import { reportSession } from './report-session';

export type { ReportRequest } from './reports/report-definition';

/** A printed document, its file name and how many pages it came out. */
export interface PrintedReport {
  pdf: Buffer;
  fileName: string;
  pages: number;
}

/**
 * Prints document `kind` of session `request.sessionId`. Throws `session.notFound`, and what
 * the kind refuses (e.g. `document.noSheets` for a lembar with no submitted sheet).
 */
export async function printReport(
  db: Database,
  kind: ReportKind,
  request: ReportRequest,
  resourcesDir: string,
  language: Language,
): Promise<PrintedReport> {
  const definition = REPORTS[kind];
  const session = reportSession(db, request.sessionId);
  const draw = definition.prepare(db, session, request);
  const frame: OfficialFrame = {
    title: definition.title(language),
    kindLabel: definition.kindLabel(language),
    session,
    resultsHash: request.resultsHash,
  };
  const doc = createPdf(resourcesDir, {
    title: `${frame.kindLabel} — ${session.componentLabel} — ${session.formasiCode}`,
    subject: `${session.selectionName} · ${session.date} ${session.startTime} · ${session.room}`,
    creationDate: request.creationDate ?? new Date(session.createdAt),
    language: language === 'id' ? 'id-ID' : 'en-GB',
  });
  const writer = startOfficial(doc, frame, language);
  draw(writer, { db, session, frame, request });
  // Footers last: "Halaman X dari Y" needs the page count.
  drawOfficialFooters(doc, frame, language);
  const pages = doc.bufferedPageRange().count;
  const nomor = request.candidateId
    ? session.candidates.find((c) => c.candidateId === request.candidateId)?.nomorPeserta
    : undefined;
  const fileName = pdfFileName([
    definition.fileStem[language],
    session.formasiCode,
    session.componentKey,
    session.date,
    session.startTime,
    ...(kind === 'lembar' && nomor ? [nomor] : []),
  ]);
  return { pdf: await pdfBytes(doc), fileName, pages };
}
