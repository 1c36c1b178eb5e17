/**
 * Printable blank score sheets (issue 4, paper fallback): one sheet per scheduled candidate and
 * assessor of that candidate's panel, for the session's component and the rubric version its plan
 * pins, so that the paper matches the rubric exactly (docs/score-sheets-paper.md).
 */
import type { Database } from 'better-sqlite3';
import type { Language } from '../../../shared/i18n/errors';
import { sheetLabel } from '../../../shared/i18n/sheet-labels';
import { getFormasi } from '../formasi/queries';
import { getSession } from '../sessions/queries';
import { deviceLine } from './device-line';
import { pdfFileName } from './file-name';
import { createPdf, pdfBytes } from './pdf-document';
import { drawAspect } from './sheet-aspect';
import { drawClosing } from './sheet-closing';
import { sheetSet, type SheetContext, type SheetSubject } from './sheet-data';
import { drawFooter, footerLines } from './sheet-footer';
import { drawContinuationHeader, drawSheetHeader } from './sheet-header';
import { newPage, type Writer } from './sheet-page';

/** Which sheets to print. */
export interface BlankSheetsRequest {
  sessionId: string;
  /** Only these scheduled candidates; all of the session's when left out. */
  candidateIds?: readonly string[];
  /** The PDF's creation date; the session's creation time when left out (repeatable output). */
  creationDate?: Date;
}

/** A printed set of sheets and how big it came out. */
export interface PrintedSheets {
  pdf: Buffer;
  sheets: number;
  pages: number;
}

/**
 * The blank score sheets of a session as one PDF. Throws what `sheetSet` throws: an unknown
 * session, an empty choice of candidates, a component without a published rubric, no panel.
 */
export async function blankSheetsPdf(
  db: Database,
  request: BlankSheetsRequest,
  resourcesDir: string,
  language: Language,
): Promise<Buffer> {
  return (await printBlankSheets(db, request, resourcesDir, language)).pdf;
}

/** {@link blankSheetsPdf}, with the number of sheets and pages printed. */
export async function printBlankSheets(
  db: Database,
  request: BlankSheetsRequest,
  resourcesDir: string,
  language: Language,
): Promise<PrintedSheets> {
  const { context, subjects } = sheetSet(db, request.sessionId, request.candidateIds);
  const doc = createPdf(resourcesDir, {
    title: `${sheetLabel(language, 'title')} — ${context.componentLabel} — ${context.formasiCode}`,
    subject: `${context.selectionName} · ${context.date} ${context.startTime} · ${context.room}`,
    creationDate: request.creationDate ?? new Date(context.sessionCreatedAt),
    language: language === 'id' ? 'id-ID' : 'en-GB',
  });
  const ranges = subjects.map((subject) => drawSheet(doc, language, context, subject));
  const device = deviceLine(db, language);
  // Footers last: "Lembar i dari n" needs each sheet's page count.
  ranges.forEach(({ first, count, lines }) => {
    for (let i = 0; i < count; i += 1) {
      doc.switchToPage(first + i);
      drawFooter(doc, [...lines, device], i + 1, count, language);
    }
  });
  const pages = doc.bufferedPageRange().count;
  return { pdf: await pdfBytes(doc), sheets: subjects.length, pages };
}

/** The file name the sheets of a session are offered under; throws `session.notFound`. */
export function blankSheetsFileName(db: Database, sessionId: string, language: Language): string {
  const session = getSession(db, sessionId);
  const stem = language === 'id' ? 'lembar-penilaian' : 'score-sheets';
  const code = getFormasi(db, session.formasiId).code;
  return pdfFileName([stem, code, session.componentKey, session.date, session.startTime]);
}

function drawSheet(
  doc: PDFKit.PDFDocument,
  language: Language,
  context: SheetContext,
  subject: SheetSubject,
) {
  const first = doc.bufferedPageRange().count;
  const writer: Writer = {
    doc,
    language,
    y: 0,
    continuation: (w) => drawContinuationHeader(w, context, subject),
  };
  newPage(writer, false);
  drawSheetHeader(writer, context, subject);
  for (const aspect of context.rubric.content.aspects) drawAspect(writer, aspect);
  drawClosing(writer, subject);
  const count = doc.bufferedPageRange().count - first;
  return { first, count, lines: footerLines(context, subject, language) };
}
