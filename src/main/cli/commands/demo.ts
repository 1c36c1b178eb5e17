/** `panitia demo --db FILE [--seed N] [--candidates N]`: creates a realistic demo selection. */
import { createDemo } from '../../core/demo/create-demo';
import { getSelection } from '../../core/selections/queries';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';

/** Creates the demo selection in `dbFile`. */
export async function demo(
  output: Output,
  dbFile: string,
  options: { seed: number; candidates?: number },
): Promise<number> {
  const store = await openStore(dbFile);
  try {
    const { selection } = await createDemo(store, options);
    const created = getSelection(store.db, selection.id);
    output.out(
      say(output, 'demoDone', {
        name: created.name,
        id: created.id,
        formasi: created.formasiCount,
        candidates: created.candidateCount,
      }),
    );
    return EXIT.ok;
  } finally {
    store.close();
  }
}
