/** Writing a file whole: under a temporary name, flushed, then renamed. */
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../shared/errors';

/** Writes `content` to `file` so that a crash never leaves half a file; `file.notFound` for a missing folder. */
export async function writeWhole(file: string, content: string | Uint8Array): Promise<void> {
  await replaceWhole(file, async (partial) => {
    const handle = await open(partial, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

/** {@link writeWhole} for content that streams: backpressure keeps memory flat however long it is. */
export async function writeWholeStream(
  file: string,
  chunks: AsyncIterable<string | Uint8Array>,
): Promise<void> {
  await replaceWhole(file, async (partial) => {
    await pipeline(Readable.from(chunks), createWriteStream(partial));
    const handle = await open(partial, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}

async function replaceWhole(
  file: string,
  write: (partial: string) => Promise<void>,
): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  try {
    await write(partial);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('file.notFound', { file: dirname(file) });
    }
    throw error;
  }
}
