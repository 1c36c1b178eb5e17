/** `panitia demo --db FILE [--seed N] [--candidates N]`: creates a realistic demo selection. */
import { createDemo } from '../../core/demo/create-demo';
import { getSelection } from '../../core/selections/queries';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';
import { RESOURCES_DIR } from '../resources-dir';

/** Creates the demo selection in `dbFile`. */
export async function demo(
  output: Output,
  dbFile: string,
  options: { seed: number; candidates?: number },
): Promise<number> {
  const store = await openStore(dbFile);
  try {
    const { selection, rubrics } = await createDemo(store, {
      ...options,
      resourcesDir: RESOURCES_DIR,
    });
    const created = getSelection(store.db, selection.id);
    output.out(
      say(output, 'demoDone', {
        name: created.name,
        id: created.id,
        formasi: created.formasiCount,
        candidates: created.candidateCount,
      }),
    );
    output.out(say(output, 'demoRubrics', { rubrics: rubrics.length }));
    return EXIT.ok;
  } finally {
    store.close();
  }
}
