/**
 * `panitia results --db FILE --format json|csv|xlsx [--out FILE] [--selection ID]`: writes the
 * results export, the same bytes the app offers (docs/results-format.md).
 */
import type { ResultsFormat } from '../../../shared/results/results-format';
import { exportResults } from '../../core/results/results-export';
import { onlySelectionId } from '../../core/selections/queries';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';
import { writeWhole } from '../../core/files/write-whole';

/** Exports the results of `options.selection` (or the only selection) of `dbFile`. */
export async function results(
  output: Output,
  dbFile: string,
  options: { format: ResultsFormat; out?: string; selection?: string },
): Promise<number> {
  const store = await openStore(dbFile);
  try {
    const selectionId = options.selection ?? onlySelectionId(store.db, 'results.needsSelection');
    const exported = await exportResults(store.db, selectionId, options.format, output.language);
    const file = options.out ?? exported.fileName;
    await writeWhole(file, exported.bytes);
    output.out(
      say(output, 'resultsWritten', {
        candidates: exported.candidates,
        formasi: exported.formasi,
        format: options.format.toUpperCase(),
        file,
        hash: exported.inputsHash,
      }),
    );
    return EXIT.ok;
  } finally {
    store.close();
  }
}
