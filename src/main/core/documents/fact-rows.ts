/** Label/value rows in a framed column: how sheets and official documents show who and what. */
import { frame, INK, measure, put, type Style, type Writer } from './sheet-page';

const LABEL: Style = { font: 'regular', size: 7.5, color: INK.muted };
const PAD = 4;
const LABEL_WIDTH = 74;

/** One label and its value, in the value's own style. */
export interface FactRow {
  label: string;
  value: string;
  style: Style;
}

/** Draws `rows` in a framed column at (x, top) `width` wide; returns its height. */
export function drawFactRows(
  writer: Writer,
  rows: readonly FactRow[],
  x: number,
  top: number,
  width: number,
  labelWidth = LABEL_WIDTH,
): number {
  const { doc } = writer;
  const valueWidth = width - labelWidth - 2 * PAD;
  let y = top;
  for (const row of rows) {
    const height = factRowHeight(writer, row, width, labelWidth);
    frame(doc, { x, y, width: labelWidth, height }, { shade: true });
    frame(doc, { x: x + labelWidth, y, width: width - labelWidth, height });
    put(doc, row.label, { x: x + PAD, y: y + PAD + 1, width: labelWidth - 2 * PAD }, LABEL);
    put(doc, row.value, { x: x + labelWidth + PAD, y: y + PAD, width: valueWidth }, row.style);
    y += height;
  }
  return y - top;
}

/** The height one row takes at `width`. */
export function factRowHeight(
  writer: Writer,
  row: FactRow,
  width: number,
  labelWidth = LABEL_WIDTH,
): number {
  const { doc } = writer;
  return (
    Math.max(
      measure(doc, row.label, LABEL, labelWidth - 2 * PAD),
      measure(doc, row.value, row.style, width - labelWidth - 2 * PAD),
    ) +
    2 * PAD
  );
}
