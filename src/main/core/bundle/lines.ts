/** Splitting a byte stream into LF-terminated lines without decoding, so hashes see raw bytes. */

/** Thrown when a line grows past the limit before its LF arrives (1-based `line`). */
export class LineTooLongError extends Error {
  constructor(readonly line: number) {
    super(`line ${line} is too long`);
    this.name = 'LineTooLongError';
  }
}

/**
 * Yields each line with its LF; a last line without LF is yielded as is (the caller decides).
 * Memory stays at one line plus one chunk, whatever the size of the stream.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lineNumber = 1;
  for await (const chunk of chunks) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    let start = 0;
    for (let lf = buffer.indexOf(0x0a, start); lf !== -1; lf = buffer.indexOf(0x0a, start)) {
      const piece = buffer.subarray(start, lf + 1);
      if (pendingBytes + piece.length > maxLineBytes) throw new LineTooLongError(lineNumber);
      yield pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
      pending = [];
      pendingBytes = 0;
      lineNumber += 1;
      start = lf + 1;
    }
    if (start < buffer.length) {
      const rest = buffer.subarray(start);
      pendingBytes += rest.length;
      if (pendingBytes > maxLineBytes) throw new LineTooLongError(lineNumber);
      // Copy: the stream may reuse its chunk buffer.
      pending.push(Buffer.from(rest));
    }
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}
