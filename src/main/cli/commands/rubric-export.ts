/** `panitia rubric export --db FILE --id ID --out FILE`: writes one version as a rubric file. */
import { exportRubricFile } from '../../core/rubrics/rubric-files';
import { getRubric } from '../../core/rubrics/queries';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';
import { writeWhole } from '../../core/files/write-whole';

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
