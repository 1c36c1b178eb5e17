/**
 * A ruled table over as many pages as it needs: a shaded head row, rows measured to fit their
 * tallest cell, never split; on a new page the head row is repeated.
 */
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

/** One column: its head text, width (0: the rest of the width) and alignment. */
export interface TableColumn {
  head: string;
  width: number;
  align?: 'left' | 'center' | 'right';
  style?: Style;
}

const HEAD: Style = { font: 'bold', size: 7.5, color: INK.muted };
const CELL: Style = { font: 'regular', size: 8.5 };
const PAD = 4;

/** Draws the table of `rows` (one string per column) at the cursor. */
export function drawTable(
  writer: Writer,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  options: { minRowHeight?: number; head?: boolean } = {},
): void {
  const widths = columnWidths(columns);
  const withHead = options.head ?? true;
  const headHeight = withHead
    ? rowHeight(
        writer,
        columns.map((c) => c.head),
        widths,
        () => HEAD,
        0,
      )
    : 0;
  const heights = rows.map((row) =>
    rowHeight(writer, row, widths, (i) => columns[i]?.style ?? CELL, options.minRowHeight ?? 0),
  );
  const drawHead = () => {
    if (!withHead) return;
    const heads = columns.map((c) => c.head);
    drawRow(writer, heads, widths, headHeight, () => HEAD, columns, true);
  };
  // The head and the first row stay together.
  ensureSpace(writer, headHeight + (heights[0] ?? 0));
  drawHead();
  rows.forEach((row, r) => {
    const height = heights[r] ?? 0;
    if (ensureSpace(writer, height)) drawHead();
    drawRow(writer, row, widths, height, (i) => columns[i]?.style ?? CELL, columns, false);
  });
}

function columnWidths(columns: readonly TableColumn[]): number[] {
  const fixed = columns.reduce((sum, c) => sum + c.width, 0);
  return columns.map((c) => (c.width === 0 ? WIDTH - fixed : c.width));
}

function rowHeight(
  writer: Writer,
  cells: readonly string[],
  widths: readonly number[],
  style: (i: number) => Style,
  min: number,
): number {
  const tallest = Math.max(
    0,
    ...cells.map((cell, i) => measure(writer.doc, cell, style(i), (widths[i] ?? 0) - 2 * PAD)),
  );
  return Math.max(min, tallest + 2 * PAD);
}

function drawRow(
  writer: Writer,
  cells: readonly string[],
  widths: readonly number[],
  height: number,
  style: (i: number) => Style,
  columns: readonly TableColumn[],
  head: boolean,
): void {
  const { doc } = writer;
  let x = AREA.left;
  cells.forEach((cell, i) => {
    const width = widths[i] ?? 0;
    frame(doc, { x, y: writer.y, width, height }, { shade: head });
    put(
      doc,
      cell,
      { x: x + PAD, y: writer.y + PAD, width: width - 2 * PAD },
      style(i),
      columns[i]?.align ?? 'left',
    );
    x += width;
  });
  writer.y += height;
}
