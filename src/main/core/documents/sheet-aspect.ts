/**
 * One aspect of the rubric on paper: its code, title and weight, its description and indicators,
 * a row per level (tick box, value, label, anchor) and a note field. A level row is never split
 * over two pages; when the aspect continues on a new page its heading is repeated there.
 */
import { sheetLabel } from '../../../shared/i18n/sheet-labels';
import type { Aspect, ScaleLevel } from '../../../shared/rubric/rubric';
import { formatNumber } from './sheet-format';
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

const BAR: Style = { font: 'bold', size: 10 };
const SMALL: Style = { font: 'regular', size: 8.5 };
const HEAD: Style = { font: 'bold', size: 7.5, color: INK.muted };
const LABEL: Style = { font: 'bold', size: 8.5 };
const VALUE: Style = { font: 'bold', size: 11 };
const PAD = 4;
const BAR_HEIGHT = 18;
const TABLE_HEAD_HEIGHT = 15;
const NOTE_HEIGHT = 50;
const BOX = 11;
/** Columns of the level table: tick box, value, level label; the anchor takes the rest. */
const COLUMN = { tick: 34, value: 34, label: 96 } as const;
const ANCHOR_WIDTH = WIDTH - COLUMN.tick - COLUMN.value - COLUMN.label;

/** Draws aspect `aspect` at the cursor, over as many pages as it needs. */
export function drawAspect(writer: Writer, aspect: Aspect): void {
  const { doc } = writer;
  const l = (key: Parameters<typeof sheetLabel>[1], params = {}) =>
    sheetLabel(writer.language, key, params);
  const intro = introLines(aspect, l('indicators'));
  const introHeight = intro.reduce((sum, line) => sum + lineHeight(doc, line), 0);
  const firstRow = rowHeight(doc, aspect.levels[0]);
  // The heading, the introduction, the table head and the first level stay together.
  ensureSpace(writer, BAR_HEIGHT + introHeight + TABLE_HEAD_HEIGHT + firstRow + 6);
  drawBar(writer, aspect, false);
  for (const line of intro) {
    if (ensureSpace(writer, lineHeight(doc, line))) drawBar(writer, aspect, true);
    writer.y += put(
      doc,
      line.text,
      { x: AREA.left + line.indent, y: writer.y, width: WIDTH - line.indent },
      SMALL,
    );
    writer.y += line.after;
  }
  writer.y += 3;
  drawTableHead(writer);
  for (const level of aspect.levels) {
    const height = rowHeight(doc, level);
    if (ensureSpace(writer, height)) {
      drawBar(writer, aspect, true);
      drawTableHead(writer);
    }
    drawRow(writer, level, height);
  }
  if (ensureSpace(writer, NOTE_HEIGHT)) drawBar(writer, aspect, true);
  drawNote(writer, aspect);
  writer.y += 12;
}

interface IntroLine {
  text: string;
  indent: number;
  after: number;
}

function introLines(aspect: Aspect, indicatorsLabel: string): IntroLine[] {
  const lines: IntroLine[] = [];
  if (aspect.description) lines.push({ text: aspect.description, indent: 0, after: 3 });
  if (aspect.indicators.length > 0) {
    lines.push({ text: indicatorsLabel, indent: 0, after: 1 });
    for (const indicator of aspect.indicators) {
      lines.push({ text: `•  ${indicator}`, indent: 8, after: 1 });
    }
  }
  return lines;
}

function lineHeight(doc: PDFKit.PDFDocument, line: IntroLine): number {
  return measure(doc, line.text, SMALL, WIDTH - line.indent) + line.after;
}

function drawBar(writer: Writer, aspect: Aspect, continued: boolean): void {
  const { doc, language } = writer;
  const box = { x: AREA.left, y: writer.y, width: WIDTH, height: BAR_HEIGHT };
  frame(doc, box, { shade: true, lineWidth: 0.8 });
  const weight = sheetLabel(language, 'weight', { weight: formatNumber(aspect.weight, language) });
  const weightWidth = 90;
  const suffix = continued ? ` (${sheetLabel(language, 'continued')})` : '';
  put(
    doc,
    `${aspect.code}   ${aspect.title}${suffix}`,
    { x: AREA.left + PAD + 2, y: writer.y + 4, width: WIDTH - weightWidth - 2 * PAD },
    BAR,
  );
  put(
    doc,
    weight,
    { x: AREA.right - weightWidth - PAD, y: writer.y + 4, width: weightWidth },
    BAR,
    'right',
  );
  writer.y += BAR_HEIGHT + 4;
}

function drawTableHead(writer: Writer): void {
  const { doc, language } = writer;
  const heads = [
    sheetLabel(language, 'tick'),
    sheetLabel(language, 'value'),
    sheetLabel(language, 'level'),
    sheetLabel(language, 'anchor'),
  ];
  const widths = [COLUMN.tick, COLUMN.value, COLUMN.label, ANCHOR_WIDTH];
  let x = AREA.left;
  heads.forEach((head, i) => {
    const width = widths[i] as number;
    frame(doc, { x, y: writer.y, width, height: TABLE_HEAD_HEIGHT }, { shade: true });
    put(
      doc,
      head,
      { x: x + PAD, y: writer.y + 4, width: width - 2 * PAD },
      HEAD,
      i < 2 ? 'center' : 'left',
    );
    x += width;
  });
  writer.y += TABLE_HEAD_HEIGHT;
}

function rowHeight(doc: PDFKit.PDFDocument, level: ScaleLevel | undefined): number {
  if (!level) return 0;
  return (
    Math.max(
      BOX + 2,
      measure(doc, level.label, LABEL, COLUMN.label - 2 * PAD),
      measure(doc, level.anchor, SMALL, ANCHOR_WIDTH - 2 * PAD),
    ) +
    2 * PAD +
    2
  );
}

function drawRow(writer: Writer, level: ScaleLevel, height: number): void {
  const { doc } = writer;
  const y = writer.y;
  let x = AREA.left;
  frame(doc, { x, y, width: COLUMN.tick, height });
  // The tick box itself: a bold square, big enough for a pen.
  frame(
    doc,
    { x: x + (COLUMN.tick - BOX) / 2, y: y + PAD + 1, width: BOX, height: BOX },
    { lineWidth: 1.1 },
  );
  x += COLUMN.tick;
  frame(doc, { x, y, width: COLUMN.value, height });
  put(doc, String(level.value), { x, y: y + PAD + 1, width: COLUMN.value }, VALUE, 'center');
  x += COLUMN.value;
  frame(doc, { x, y, width: COLUMN.label, height });
  put(doc, level.label, { x: x + PAD, y: y + PAD + 1, width: COLUMN.label - 2 * PAD }, LABEL);
  x += COLUMN.label;
  frame(doc, { x, y, width: ANCHOR_WIDTH, height });
  put(doc, level.anchor, { x: x + PAD, y: y + PAD + 1, width: ANCHOR_WIDTH - 2 * PAD }, SMALL);
  writer.y += height;
}

function drawNote(writer: Writer, aspect: Aspect): void {
  const { doc, language } = writer;
  const y = writer.y + 3;
  frame(doc, { x: AREA.left, y, width: WIDTH, height: NOTE_HEIGHT - 3 });
  const label = `${sheetLabel(language, 'note')} ${aspect.code}`;
  put(doc, label, { x: AREA.left + PAD, y: y + 3, width: 200 }, HEAD);
  if (aspect.noteRequiredAtExtremes) {
    const required = sheetLabel(language, 'noteRequired', {
      min: aspect.scale.min,
      max: aspect.scale.max,
    });
    put(
      doc,
      required,
      { x: AREA.right - 260 - PAD, y: y + 3, width: 260 },
      { font: 'bold', size: 7.5 },
      'right',
    );
  }
  writer.y += NOTE_HEIGHT;
}
