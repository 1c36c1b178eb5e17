/**
 * The end of a sheet: the assessor's overall note, the statement that the application computes
 * the score (the paper carries no total), and the signature box with name, NIP and date. The
 * three stay together on one page.
 */
import { sheetLabel } from '../../../shared/i18n/sheet-labels';
import type { SheetSubject } from './sheet-data';
import { formatNip } from './sheet-format';
import {
  AREA,
  ensureSpace,
  frame,
  INK,
  measure,
  put,
  WIDTH,
  type Style,
  type Writer,
} from './sheet-page';

const HEAD: Style = { font: 'bold', size: 7.5, color: INK.muted };
const TEXT: Style = { font: 'regular', size: 9 };
const PAD = 4;
const NOTE_HEIGHT = 60;
const SIGNATURE_HEIGHT = 84;
const SIGNATURE_WIDTH = 220;

/** Draws the closing block of a sheet at the cursor. */
export function drawClosing(writer: Writer, subject: SheetSubject): void {
  const { doc, language } = writer;
  const l = (key: Parameters<typeof sheetLabel>[1]) => sheetLabel(language, key);
  const statementStyle: Style = { font: 'bold', size: 8.5 };
  const statementWidth = WIDTH - SIGNATURE_WIDTH - 16;
  const statementHeight = measure(doc, l('computedByApp'), statementStyle, statementWidth);
  ensureSpace(writer, NOTE_HEIGHT + 10 + Math.max(statementHeight, SIGNATURE_HEIGHT));

  frame(doc, { x: AREA.left, y: writer.y, width: WIDTH, height: NOTE_HEIGHT });
  put(doc, l('overallNote'), { x: AREA.left + PAD, y: writer.y + 3, width: 250 }, HEAD);
  writer.y += NOTE_HEIGHT + 10;

  const top = writer.y;
  put(doc, l('computedByApp'), { x: AREA.left, y: top + 4, width: statementWidth }, statementStyle);

  const x = AREA.right - SIGNATURE_WIDTH;
  frame(doc, { x, y: top, width: SIGNATURE_WIDTH, height: SIGNATURE_HEIGHT });
  put(
    doc,
    `${l('date')}: ......................................`,
    { x: x + PAD, y: top + 5, width: SIGNATURE_WIDTH - 2 * PAD },
    TEXT,
  );
  put(doc, l('signature'), { x: x + PAD, y: top + 20, width: SIGNATURE_WIDTH - 2 * PAD }, HEAD);
  const nameY = top + SIGNATURE_HEIGHT - 30;
  doc
    .save()
    .lineWidth(0.6)
    .moveTo(x + PAD, nameY - 2)
    .lineTo(x + SIGNATURE_WIDTH - PAD, nameY - 2)
    .stroke(INK.frame)
    .restore();
  put(
    doc,
    subject.assessor.nama,
    { x: x + PAD, y: nameY, width: SIGNATURE_WIDTH - 2 * PAD },
    { font: 'bold', size: 9 },
  );
  // "NIP." before the number, as Indonesian signature blocks write it (the same in English).
  const nip = subject.assessor.nip ? `NIP. ${formatNip(subject.assessor.nip)}` : l('noNip');
  put(doc, nip, { x: x + PAD, y: nameY + 12, width: SIGNATURE_WIDTH - 2 * PAD }, TEXT);
  writer.y = top + Math.max(statementHeight, SIGNATURE_HEIGHT) + 6;
}
