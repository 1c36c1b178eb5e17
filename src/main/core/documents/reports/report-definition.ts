/** The shape of one kind of official document: its names and how it draws its pages. */
import type { Database } from 'better-sqlite3';
import type { Language } from '../../../../shared/i18n/errors';
import type { OfficialFrame } from '../official-frame';
import type { ReportSession } from '../report-session';
import type { Writer } from '../sheet-page';

/** What a document is printed from. */
export interface ReportRequest {
  sessionId: string;
  /** Only this candidate, for the kinds that print per candidate (lembar penilaian). */
  candidateId?: string;
  /** The results hash every page carries; null until the results are computed. */
  resultsHash: string | null;
  /** The PDF's creation date; the session's creation time when left out (repeatable output). */
  creationDate?: Date;
}

/** Everything a document's drawing reads. */
export interface ReportContext {
  db: Database;
  session: ReportSession;
  frame: OfficialFrame;
  request: ReportRequest;
}

/** Draws a document whose first page, with the full head, is already started. */
export type DrawReport = (writer: Writer, context: ReportContext) => void;

/** One kind of document. */
export interface ReportDefinition {
  /** The first word of its file name. */
  fileStem: Record<Language, string>;
  /** The title on the first page. */
  title(language: Language): string;
  /** The kind named in every footer. */
  kindLabel(language: Language): string;
  /**
   * Reads what it prints and returns how to draw it; throws before any page exists when there
   * is nothing to print.
   */
  prepare(db: Database, session: ReportSession, request: ReportRequest): DrawReport;
}
