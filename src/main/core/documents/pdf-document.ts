/**
 * A PDF document with Panitia's bundled fonts and a fixed creation date: the same input gives the
 * same bytes (PDFKit derives the file /ID from the info dictionary, so no clock enters the file).
 */
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

/** The faces documents use; both are embedded (subset) from `<resourcesDir>/fonts`. */
export type Face = 'regular' | 'bold';

const FONTS = new WeakMap<PDFKit.PDFDocument, Record<Face, string>>();

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
  const fonts = fontFiles(resourcesDir);
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    size: 'A4',
    margin: 0,
    pdfVersion: '1.7',
    lang: info.language,
    displayTitle: true,
    // The regular font as default, so PDFKit never loads its built-in Helvetica metrics.
    font: fonts.regular,
    info: {
      Title: info.title,
      Subject: info.subject,
      Creator: 'Panitia',
      Producer: 'Panitia (PDFKit)',
      CreationDate: info.creationDate,
    },
  });
  FONTS.set(doc, fonts);
  return doc;
}

/** Sets the face and size of the text that follows. */
export function useFont(doc: PDFKit.PDFDocument, face: Face, size: number): void {
  const fonts = FONTS.get(doc);
  if (!fonts) throw new Error('useFont on a document not made by createPdf');
  // By file path, not a registered name: PDFKit caches a font under its path, while a registered
  // alias of a font it already holds is reopened from disk on every call (milliseconds each).
  doc.font(fonts[face]).fontSize(size);
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
