/** The file names documents are offered under. */

/** `parts` joined by "-" as a PDF file name any file system takes. */
export function pdfFileName(parts: readonly string[]): string {
  // A formasi code may hold "/" or ":" (e.g. "PRW/06"), which no file system takes in a name.
  return `${parts.join('-').replace(/[^\p{L}\p{N}._-]+/gu, '-')}.pdf`;
}
