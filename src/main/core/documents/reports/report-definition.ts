/** The shape of one kind of official document: its names and how it draws its pages. */
import type { Database } from 'better-sqlite3';
import type { Language } from '../../../../shared/i18n/errors';
import type { OfficialFrame } from '../official-frame';
import type { ReportResults } from '../report-results';
import type { ReportSession } from '../report-session';
import type { Writer } from '../sheet-page';

/** What a document is printed from. */
export interface ReportRequest {
  /** The session, for the kinds of a session (lembar, daftar hadir, berita acara). */
  sessionId?: string;
  /** Only this candidate, for the kinds that print per candidate (lembar penilaian). */
  candidateId?: string;
  /** The formasi, for the results kinds: required by the rekap, optional for the pengumuman. */
  formasiId?: string;
  /** The selection of a whole-selection pengumuman; the only selection when left out. */
  selectionId?: string;
  /** The results hash every page carries; resultsHash(db, selection) of the store when left out. */
  resultsHash?: string;
  /** The PDF's creation date; the session's (or selection's) creation time when left out. */
  creationDate?: Date;
}

/** Everything a session document's drawing reads. */
export interface ReportContext {
  db: Database;
  session: ReportSession;
  frame: OfficialFrame;
  request: ReportRequest;
}

/** Everything a results document's drawing reads. */
export interface ResultsReportContext {
  db: Database;
  results: ReportResults;
  frame: OfficialFrame;
  request: ReportRequest;
}

/** Draws a document whose first page, with the full head, is already started. */
export type DrawReport = (writer: Writer, context: ReportContext) => void;

/** Draws a results document whose first page, with the full head, is already started. */
export type DrawResultsReport = (writer: Writer, context: ResultsReportContext) => void;

interface Names {
  /** The first word of its file name. */
  fileStem: Record<Language, string>;
  /** The title on the first page. */
  title(language: Language): string;
  /** The kind named in every footer. */
  kindLabel(language: Language): string;
}

/** A document of one session. */
export interface SessionReportDefinition extends Names {
  scope: 'session';
  /**
   * Reads what it prints and returns how to draw it; throws before any page exists when there
   * is nothing to print.
   */
  prepare(db: Database, session: ReportSession, request: ReportRequest): DrawReport;
}

/** A document of the results of one formasi or of the whole selection. */
export interface ResultsReportDefinition extends Names {
  scope: 'results';
  /** Whether the document needs one formasi (the rekap) or may cover them all (the pengumuman). */
  needsFormasi: boolean;
  prepare(db: Database, results: ReportResults, request: ReportRequest): DrawResultsReport;
}

/** One kind of document. */
export type ReportDefinition = SessionReportDefinition | ResultsReportDefinition;
