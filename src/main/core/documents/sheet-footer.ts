/**
 * The footer of every page: "Lembar i dari n" and the identifiers the transcription file uses
 * (nomor_peserta, komponen, nip_penguji or id_penguji) with the aspect codes, so that a loose page
 * can always be matched to its sheet and typed into the right row.
 */
import { sheetLabel } from '../../../shared/i18n/sheet-labels';
import type { Language } from '../../../shared/i18n/errors';
import type { SheetContext, SheetSubject } from './sheet-data';
import { assessorIdentifier, shortHash } from './sheet-format';
import { AREA, INK, put, rule, WIDTH, type Style } from './sheet-page';

const IDS: Style = { font: 'regular', size: 7, color: INK.text };
const PAGE_OF: Style = { font: 'bold', size: 9 };
const PAGE_OF_WIDTH = 110;

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
  lines: [string, string],
  page: number,
  pages: number,
  language: Language,
): void {
  const top = AREA.bottom + 12;
  rule(doc, top, 0.8);
  const width = WIDTH - PAGE_OF_WIDTH - 8;
  const first = put(doc, lines[0], { x: AREA.left, y: top + 5, width }, IDS);
  put(doc, lines[1], { x: AREA.left, y: top + 5 + first + 1, width }, IDS);
  put(
    doc,
    sheetLabel(language, 'sheetOf', { page, pages }),
    { x: AREA.right - PAGE_OF_WIDTH, y: top + 6, width: PAGE_OF_WIDTH },
    PAGE_OF,
    'right',
  );
}
