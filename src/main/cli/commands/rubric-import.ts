/**
 * `panitia rubric import --db FILE RUBRIC_FILE`: imports a .rubrik.json file. A refused file
 * changes nothing, and every problem it has is printed on its own line.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import { importRubricFile } from '../../core/rubrics/rubric-files';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';
import { reportRubricError } from '../report-rubric-error';

/** Imports `file` into `dbFile`; exit 1 with the problems on stderr when the file is refused. */
export async function rubricImport(output: Output, dbFile: string, file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new AppError('file.notFound', { file });
  }
  const store = await openStore(dbFile);
  try {
    const { rubric, outcome } = await importRubricFile(store, { fileName: basename(file), text });
    const params = {
      title: rubric.content.title,
      version: rubric.version,
      status: say(output, `status.${rubric.status}`),
      id: rubric.id,
      hash: rubric.contentHash,
    };
    output.out(
      say(output, outcome === 'imported' ? 'rubricImported' : 'rubricAlreadyPresent', params),
    );
    return EXIT.ok;
  } catch (error) {
    return reportRubricError(output, error);
  } finally {
    store.close();
  }
}
