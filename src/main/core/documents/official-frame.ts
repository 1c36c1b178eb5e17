/**
 * The page frame of every official document: the head of the first page (instansi, selection,
 * title, what the document is about: a session, a formasi or the whole selection), a one-line
 * head on later pages, and a footer on every page with the document kind, what it is about, the
 * results hash (so a printed page can be matched to its data), the printing device's fingerprint
 * and "Halaman X dari Y".
 */
import type { Language } from '../../../shared/i18n/errors';
import { reportLabel } from '../../../shared/i18n/report-labels';
import type { ReportSession } from './report-session';
import { formatSessionDate } from './sheet-format';
import { drawPageFooter } from './page-footer';
import { AREA, newPage, put, rule, WIDTH, type Writer } from './sheet-page';

/** What the frame of one document says. */
export interface OfficialFrame {
  /** The title on the first page, e.g. "BERITA ACARA PELAKSANAAN". */
  title: string;
  /** The kind in the footer, e.g. "Berita acara". */
  kindLabel: string;
  scope: FrameScope;
  /** The SHA-256 of the canonical results inputs (results-hash.ts). */
  resultsHash: string;
  /** The printing device's fingerprint line (device-line.ts). */
  device: string;
}

/** What a document is about, as its head and footer name it. */
export interface FrameScope {
  instansi: string;
  selectionName: string;
  /** Under the title and in the running head, e.g. the session line. */
  line: string;
  /** In every footer, after the kind. */
  footerId: string;
}

/** The frame scope of a session's documents. */
export function sessionScope(session: ReportSession, language: Language): FrameScope {
  return {
    instansi: session.instansi,
    selectionName: session.selectionName,
    line: sessionLine(session, language),
    footerId: `${reportLabel(language, 'session')} ${session.formasiCode} · ${session.componentKey} · ${session.date} ${session.startTime} · ${session.room}`,
  };
}

/** Starts the document's first page with the full head; later pages get the running head. */
export function startOfficial(
  doc: PDFKit.PDFDocument,
  frame: OfficialFrame,
  language: Language,
): Writer {
  const writer: Writer = {
    doc,
    language,
    y: 0,
    continuation: (w) => drawRunningHead(w, frame),
  };
  officialPage(writer, frame);
  return writer;
}

/** Starts a new page with the full head, as for a new sheet of the same document. */
export function officialPage(writer: Writer, frame: OfficialFrame): void {
  newPage(writer, false);
  drawOfficialHead(writer, frame);
}

/** The session in one line: component, formasi, date, time and room. */
export function sessionLine(session: ReportSession, language: Language): string {
  return [
    `${session.componentLabel}`,
    `${reportLabel(language, 'formasi')} ${session.formasiCode} — ${session.jabatan}`,
    formatSessionDate(session.date, language),
    `${session.startTime}\u00a0${reportLabel(language, 'timeSuffix')}`,
    session.room,
  ].join(' · ');
}

function drawOfficialHead(writer: Writer, frame: OfficialFrame): void {
  const { doc } = writer;
  const { scope } = frame;
  let y = writer.y;
  const at = (top: number) => ({ x: AREA.left, y: top, width: WIDTH });
  y += put(doc, scope.instansi.toUpperCase(), at(y), { font: 'bold', size: 11 }, 'center');
  y += put(doc, scope.selectionName, at(y), { font: 'regular', size: 9.5 }, 'center');
  y += 4;
  rule(doc, y, 1.6);
  rule(doc, y + 2.2, 0.5);
  y += 12;
  y += put(doc, frame.title, at(y), { font: 'bold', size: 14 }, 'center');
  y += 2;
  y += put(doc, scope.line, at(y), { font: 'regular', size: 9 }, 'center');
  writer.y = y + 12;
}

/** Draws the one-line head of a later page and moves the cursor below it. */
export function drawRunningHead(writer: Writer, frame: OfficialFrame): void {
  const { doc, language } = writer;
  const text = [`${frame.title} (${reportLabel(language, 'continued')})`, frame.scope.line].join(
    ' · ',
  );
  const height = put(
    doc,
    text,
    { x: AREA.left, y: writer.y, width: WIDTH },
    { font: 'bold', size: 8 },
  );
  rule(doc, writer.y + height + 3, 1);
  writer.y += height + 10;
}

/** Draws the footer on every page of `doc`; call once, after the last page is written. */
export function drawOfficialFooters(
  doc: PDFKit.PDFDocument,
  frame: OfficialFrame,
  language: Language,
): void {
  const { start, count } = doc.bufferedPageRange();
  const ids = [frame.kindLabel, frame.scope.footerId].join('  ·  ');
  const hash = reportLabel(language, 'resultsHash', { hash: frame.resultsHash });
  for (let i = 0; i < count; i += 1) {
    doc.switchToPage(start + i);
    const pageOf = reportLabel(language, 'pageOf', { page: i + 1, pages: count });
    drawPageFooter(doc, [ids, hash, frame.device], pageOf);
  }
}
