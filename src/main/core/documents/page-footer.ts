/**
 * The footer block every printed page shares: a rule, small identifier lines on the left (the
 * last always the printing device's fingerprint, device-line.ts) and the page count on the right.
 */
import { AREA, INK, put, rule, WIDTH, type Style } from './sheet-page';

const SMALL: Style = { font: 'regular', size: 7, color: INK.text };
const PAGE_OF: Style = { font: 'bold', size: 9 };
const PAGE_OF_WIDTH = 110;

/** Draws the footer of the current page: `lines` stacked on the left, `pageOf` on the right. */
export function drawPageFooter(
  doc: PDFKit.PDFDocument,
  lines: readonly string[],
  pageOf: string,
): void {
  const top = AREA.bottom + 12;
  rule(doc, top, 0.8);
  const width = WIDTH - PAGE_OF_WIDTH - 8;
  let y = top + 5;
  for (const line of lines) y += put(doc, line, { x: AREA.left, y, width }, SMALL) + 1;
  put(
    doc,
    pageOf,
    { x: AREA.right - PAGE_OF_WIDTH, y: top + 6, width: PAGE_OF_WIDTH },
    PAGE_OF,
    'right',
  );
}
