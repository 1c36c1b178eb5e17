/**
 * The page geometry of a score sheet and the few drawing primitives its parts share: measured
 * text, boxes, and a cursor that starts a new page (with a continuation header) when the next
 * block would not fit, so that no block is ever cut in half.
 */
import type { Language } from '../../../shared/i18n/errors';
import { useFont, type Face } from './pdf-document';

/** A4 in points. */
export const PAGE = { width: 595.28, height: 841.89 } as const;

/** Where content may go: everything below `bottom` belongs to the footer. */
export const AREA = { left: 42, right: PAGE.width - 42, top: 38, bottom: 782 } as const;

/** The width of the content area. */
export const WIDTH = AREA.right - AREA.left;

/** Extra space between wrapped lines, used alike when measuring and when writing. */
const LINE_GAP = 1;

/** Ink colours: black for what the assessor reads, grey for frames and secondary text. */
export const INK = { text: '#000000', muted: '#4a4a4a', frame: '#6e6e6e', shade: '#e6e6e6' };

const MEASURED = new WeakMap<PDFKit.PDFDocument, Map<string, number>>();

/** A text style. */
export interface Style {
  font: Face;
  size: number;
  color?: string;
}

/** The document being written, with the vertical position of the next block. */
export interface Writer {
  doc: PDFKit.PDFDocument;
  language: Language;
  y: number;
  /** Draws the header of a page after the sheet's first, and moves `y` below it. */
  continuation: (writer: Writer) => void;
}

/** Starts a page of the current sheet. */
export function newPage(writer: Writer, continued: boolean): void {
  writer.doc.addPage({ size: 'A4', margin: 0 });
  writer.y = AREA.top;
  if (continued) writer.continuation(writer);
}

/**
 * Makes room for a block `height` high: when it would not fit below `y`, starts a new page.
 * Returns whether it did, so the caller can repeat a heading there.
 */
export function ensureSpace(writer: Writer, height: number): boolean {
  if (writer.y + height <= AREA.bottom) return false;
  newPage(writer, true);
  return true;
}

/** The height `text` takes in `style` at `width`. */
export function measure(
  doc: PDFKit.PDFDocument,
  text: string,
  style: Style,
  width: number,
): number {
  // Every sheet of a session repeats the same rubric texts: measure each once per document.
  let cache = MEASURED.get(doc);
  if (!cache) MEASURED.set(doc, (cache = new Map()));
  const key = `${style.font}|${style.size}|${width}|${text}`;
  let height = cache.get(key);
  if (height === undefined) {
    apply(doc, style);
    height = doc.heightOfString(text, { width, lineGap: LINE_GAP });
    cache.set(key, height);
  }
  return height;
}

/** Writes `text` at (x, y) within `width`; returns the height it took. */
export function put(
  doc: PDFKit.PDFDocument,
  text: string,
  at: { x: number; y: number; width: number },
  style: Style,
  align: 'left' | 'center' | 'right' = 'left',
): number {
  const height = measure(doc, text, style, at.width);
  apply(doc, style);
  doc.fillColor(style.color ?? INK.text);
  doc.text(text, at.x, at.y, { width: at.width, lineGap: LINE_GAP, align });
  return height;
}

/** Draws a rectangle's frame, optionally shaded. */
export function frame(
  doc: PDFKit.PDFDocument,
  box: { x: number; y: number; width: number; height: number },
  options: { shade?: boolean; lineWidth?: number } = {},
): void {
  doc.save();
  doc.lineWidth(options.lineWidth ?? 0.6);
  doc.rect(box.x, box.y, box.width, box.height);
  if (options.shade) doc.fillAndStroke(INK.shade, INK.frame);
  else doc.stroke(INK.frame);
  doc.restore();
}

/** Draws a horizontal rule across the content area. */
export function rule(doc: PDFKit.PDFDocument, y: number, lineWidth = 0.6): void {
  doc.save();
  doc.lineWidth(lineWidth).moveTo(AREA.left, y).lineTo(AREA.right, y).stroke(INK.frame);
  doc.restore();
}

function apply(doc: PDFKit.PDFDocument, style: Style): void {
  useFont(doc, style.font, style.size);
}
