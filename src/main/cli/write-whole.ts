/** Writing a file whole: under a temporary name, flushed, then renamed. */
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../shared/errors';

/** Writes `content` to `file` so that a crash never leaves half a file; `file.notFound` for a missing folder. */
export async function writeWhole(file: string, content: string | Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  try {
    const handle = await open(partial, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('file.notFound', { file: dirname(file) });
    }
    throw error;
  }
}
