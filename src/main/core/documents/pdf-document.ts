/**
 * A PDF document with Panitia's bundled fonts and a fixed creation date: the same input gives the
 * same bytes (PDFKit derives the file /ID from the info dictionary, so no clock enters the file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

/** The faces documents use; both are embedded (subset) from `<resourcesDir>/fonts`. */
export type Face = 'regular' | 'bold';

const FONT_NAME: Record<Face, string> = { regular: 'Panitia-Regular', bold: 'Panitia-Bold' };
const READ = new Map<string, Record<Face, Uint8Array>>();

/** Where the bundled fonts live under the resources folder. */
export function fontFiles(resourcesDir: string): Record<Face, string> {
  const folder = join(resourcesDir, 'fonts');
  return {
    regular: join(folder, 'LiberationSans-Regular.ttf'),
    bold: join(folder, 'LiberationSans-Bold.ttf'),
  };
}

/** Document metadata shown by PDF readers. */
export interface PdfInfo {
  title: string;
  subject: string;
  /** Fixed, so that the output is repeatable. */
  creationDate: Date;
  language: string;
}

/** An A4 document whose pages the caller adds (margins 0: layout places everything itself). */
export function createPdf(resourcesDir: string, info: PdfInfo): PDFKit.PDFDocument {
  const fonts = fontBytes(resourcesDir);
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    size: 'A4',
    margin: 0,
    pdfVersion: '1.7',
    lang: info.language,
    displayTitle: true,
    info: {
      Title: info.title,
      Subject: info.subject,
      Creator: 'Panitia',
      Producer: 'Panitia (PDFKit)',
      CreationDate: info.creationDate,
    },
  });
  // Registered under their own names, which PDFKit then caches each parsed font under. (PDFKit's
  // default font stays its built-in Helvetica, never used: were it one of these files, PDFKit
  // would find the font already held under another name and parse it again on every call.)
  doc.registerFont(FONT_NAME.regular, fonts.regular);
  doc.registerFont(FONT_NAME.bold, fonts.bold);
  return doc;
}

/** Sets the face and size of the text that follows. */
export function useFont(doc: PDFKit.PDFDocument, face: Face, size: number): void {
  doc.font(FONT_NAME[face]).fontSize(size);
}

function fontBytes(resourcesDir: string): Record<Face, Uint8Array> {
  let bytes = READ.get(resourcesDir);
  if (!bytes) {
    const files = fontFiles(resourcesDir);
    // Bytes, not paths, and plain Uint8Arrays of this realm: PDFKit checks `instanceof Uint8Array`,
    // which a Node Buffer fails where the global differs (the jsdom tests run the real core).
    bytes = {
      regular: new Uint8Array(readFileSync(files.regular)),
      bold: new Uint8Array(readFileSync(files.bold)),
    };
    READ.set(resourcesDir, bytes);
  }
  return bytes;
}

/** Ends `doc` and resolves to its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
