/** `panitia rubric export --db FILE --id ID --out FILE`: writes one version as a rubric file. */
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { exportRubricFile } from '../../core/rubrics/rubric-files';
import { getRubric } from '../../core/rubrics/queries';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';

/** Exports version `id` of `dbFile` to `out`. */
export async function rubricExport(
  output: Output,
  dbFile: string,
  options: { id: string; out: string },
): Promise<number> {
  const store = await openStore(dbFile);
  try {
    const { text } = exportRubricFile(store, options.id);
    await writeWhole(options.out, text);
    const rubric = getRubric(store.db, options.id);
    output.out(
      say(output, 'rubricExported', {
        title: rubric.content.title,
        version: rubric.version,
        file: options.out,
        hash: rubric.contentHash,
      }),
    );
    return EXIT.ok;
  } finally {
    store.close();
  }
}

/** Writes `text` under a temporary name, flushes it, then renames: never a half-written file. */
async function writeWhole(file: string, text: string): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  try {
    const handle = await open(partial, 'w');
    try {
      await handle.writeFile(text, 'utf8');
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
