/**
 * The head of a sheet: the title, who and what is assessed (session facts on the left, candidate
 * and assessor on the right), the rubric version with its fingerprint, and how to fill the sheet.
 * Pages after the first get a one-line reminder of the same facts instead.
 */
import { sheetLabel } from '../../../shared/i18n/sheet-labels';
import type { SheetContext, SheetSubject } from './sheet-data';
import { drawFactRows, type FactRow } from './fact-rows';
import { formatNip, formatSessionDate, shortHash } from './sheet-format';
import { AREA, INK, measure, put, rule, WIDTH, type Style, type Writer } from './sheet-page';

const VALUE: Style = { font: 'regular', size: 9.5 };
const STRONG: Style = { font: 'bold', size: 10.5 };
const GUTTER = 10;

/** Draws the head of a sheet's first page and moves the cursor below it. */
export function drawSheetHeader(
  writer: Writer,
  context: SheetContext,
  subject: SheetSubject,
): void {
  const { doc, language } = writer;
  const l = (key: Parameters<typeof sheetLabel>[1], params = {}) =>
    sheetLabel(language, key, params);
  let y = writer.y;

  const title = `${l('title')} — ${context.componentLabel.toUpperCase()}`;
  y += put(doc, title, { x: AREA.left, y, width: WIDTH }, { font: 'bold', size: 14 });
  y += 2;
  put(doc, context.selectionName, { x: AREA.left, y, width: WIDTH * 0.62 }, VALUE);
  const noticeWidth = WIDTH * 0.36;
  put(
    doc,
    l('paperNotice'),
    { x: AREA.right - noticeWidth, y, width: noticeWidth },
    { font: 'regular', size: 7, color: INK.muted },
    'right',
  );
  y += measure(doc, context.selectionName, VALUE, WIDTH * 0.62) + 5;
  rule(doc, y, 1.4);
  y += 7;

  const session = [
    formatSessionDate(context.date, language),
    `${context.startTime}\u00a0${l('timeSuffix')}`, // "08:00 WIB" never splits over two lines.
    context.room,
  ].join(' · ');
  const left: FactRow[] = [
    { label: l('formasi'), value: `${context.formasiCode} — ${context.jabatan}`, style: VALUE },
    {
      label: l('component'),
      value: `${context.componentLabel} (${context.componentKey})`,
      style: VALUE,
    },
    { label: l('session'), value: session, style: VALUE },
  ];
  const nip = subject.assessor.nip;
  const right: FactRow[] = [
    { label: l('nomorPeserta'), value: subject.candidate.nomorPeserta, style: STRONG },
    { label: l('candidate'), value: subject.candidate.nama, style: STRONG },
    { label: l('assessor'), value: subject.assessor.nama, style: VALUE },
    { label: l('nip'), value: nip ? formatNip(nip) : l('noNip'), style: VALUE },
  ];
  const columnWidth = (WIDTH - GUTTER) / 2;
  const leftHeight = drawFactRows(writer, left, AREA.left, y, columnWidth);
  const rightHeight = drawFactRows(writer, right, AREA.left + columnWidth + GUTTER, y, columnWidth);
  y += Math.max(leftHeight, rightHeight) + 7;

  const { rubric } = context;
  const rubricText = `${l('rubric')}: ${l('rubricLine', {
    title: rubric.title,
    version: rubric.version,
    short: shortHash(rubric.contentHash),
  })}`;
  y += put(doc, rubricText, { x: AREA.left, y, width: WIDTH }, { font: 'bold', size: 9 });
  y += put(
    doc,
    l('fullHash', { hash: rubric.contentHash }),
    { x: AREA.left, y, width: WIDTH },
    { font: 'regular', size: 6.5, color: INK.muted },
  );
  y += 4;
  y += put(doc, l('howTo'), { x: AREA.left, y, width: WIDTH }, { font: 'regular', size: 8.5 });
  writer.y = y + 8;
}

/** Draws the one-line head of a sheet's later pages and moves the cursor below it. */
export function drawContinuationHeader(
  writer: Writer,
  context: SheetContext,
  subject: SheetSubject,
): void {
  const { doc, language } = writer;
  const text = [
    `${sheetLabel(language, 'title')} — ${context.componentLabel}`,
    `${subject.candidate.nomorPeserta} ${subject.candidate.nama}`,
    `${sheetLabel(language, 'assessor')}: ${subject.assessor.nama}`,
  ].join(' · ');
  const style: Style = { font: 'bold', size: 8.5 };
  const height = put(
    doc,
    `${text} (${sheetLabel(language, 'continued')})`,
    {
      x: AREA.left,
      y: writer.y,
      width: WIDTH,
    },
    style,
  );
  rule(doc, writer.y + height + 3, 1);
  writer.y += height + 10;
}
