/**
 * The footer of every page: "Lembar i dari n" and the identifiers the transcription file uses
 * (nomor_peserta, komponen, nip_penguji or id_penguji) with the aspect codes, so that a loose page
 * can always be matched to its sheet and typed into the right row, and the printing device's
 * fingerprint (device-line.ts).
 */
import { sheetLabel } from '../../../shared/i18n/sheet-labels';
import type { Language } from '../../../shared/i18n/errors';
import type { SheetContext, SheetSubject } from './sheet-data';
import { assessorIdentifier, shortHash } from './sheet-format';
import { drawPageFooter } from './page-footer';

/** The identifier lines of a sheet's footer. */
export function footerLines(
  context: SheetContext,
  subject: SheetSubject,
  language: Language,
): [string, string] {
  const assessor = assessorIdentifier(subject.assessor);
  const ids = [
    `nomor_peserta: ${subject.candidate.nomorPeserta}`,
    `komponen: ${context.componentKey}`,
    `${assessor.column}: ${assessor.value}`,
  ].join('  ·  ');
  const codes = context.rubric.content.aspects.map((aspect) => aspect.code).join('  ');
  const rubric = `${sheetLabel(language, 'rubric').toLowerCase()}: ${shortHash(context.rubric.contentHash)}`;
  return [ids, `${sheetLabel(language, 'aspects')}: ${codes}  ·  ${rubric}`];
}

/** Draws the footer of the current page: page `page` of `pages` of this sheet. */
export function drawFooter(
  doc: PDFKit.PDFDocument,
  lines: readonly string[],
  page: number,
  pages: number,
  language: Language,
): void {
  drawPageFooter(doc, lines, sheetLabel(language, 'sheetOf', { page, pages }));
}
