/**
 * The outcome of comparing two operators' transcriptions of paper score sheets (double entry)
 * and, unless only checking, of importing the sheets on which both agree (docs/paper-sheets-import.md).
 */
import { z } from 'zod';
import { Id } from './selection';

/** Which operator's file: A typed the sheets, B typed them again to verify. */
export const PaperSide = z.enum(['A', 'B']);
export type PaperSide = z.infer<typeof PaperSide>;

/** What identifies a paper sheet in both files, as the operators wrote it. */
export const PaperSheetKey = z.object({
  nomorPeserta: z.string(),
  komponen: z.string(),
  nipPenguji: z.string(),
});
export type PaperSheetKey = z.infer<typeof PaperSheetKey>;

/**
 * One problem of one file: `line` is the row as a spreadsheet program shows it (null for the file
 * as a whole), `column` the heading it concerns (null for the row as a whole). `code` is an error
 * code with a message in both languages (src/shared/i18n/paper-errors.ts).
 */
export const PaperProblem = z.object({
  side: PaperSide,
  fileName: z.string(),
  line: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type PaperProblem = z.infer<typeof PaperProblem>;

/** One cell on which the two files disagree. */
export const PaperMismatch = z.object({
  key: PaperSheetKey,
  column: z.string(),
  valueA: z.string(),
  valueB: z.string(),
  lineA: z.number().int().positive(),
  lineB: z.number().int().positive(),
});
export type PaperMismatch = z.infer<typeof PaperMismatch>;

/** A sheet only one of the two files holds. */
export const PaperOneSided = z.object({
  key: PaperSheetKey,
  presentIn: PaperSide,
  line: z.number().int().positive(),
});
export type PaperOneSided = z.infer<typeof PaperOneSided>;

/**
 * A sheet on which both files agree in every cell: `siap` (would be imported), `sudahAda` (a
 * sheet for the same candidate, component and assessor was already submitted: not imported),
 * `tidakValid` (a row of it has problems) or `diimpor` (imported now, as `sheetId`).
 */
export const PaperMatched = z.object({
  key: PaperSheetKey,
  nama: z.string().nullable(),
  assessorNama: z.string().nullable(),
  /** The 0–100 total of a valid sheet, for reading; null when a row was invalid. */
  total: z.number().nullable(),
  status: z.enum(['siap', 'sudahAda', 'diimpor', 'tidakValid']),
  sheetId: Id.nullable(),
});
export type PaperMatched = z.infer<typeof PaperMatched>;

/** One operator's file as read. */
export const PaperFileInfo = z.object({
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  rows: z.number().int().nonnegative(),
});
export type PaperFileInfo = z.infer<typeof PaperFileInfo>;

/** The whole comparison and, for an import, how many sheets were written. */
export const PaperReport = z.object({
  mode: z.enum(['check', 'import']),
  operatorA: z.object({ id: Id, nama: z.string() }),
  operatorB: z.object({ id: Id, nama: z.string() }),
  fileA: PaperFileInfo.nullable(),
  fileB: PaperFileInfo.nullable(),
  matched: z.array(PaperMatched),
  mismatches: z.array(PaperMismatch),
  oneSided: z.array(PaperOneSided),
  problems: z.array(PaperProblem),
  imported: z.number().int().nonnegative(),
});
export type PaperReport = z.infer<typeof PaperReport>;
