/** `panitia rubric list --db FILE`: every rubric version, one per line. */
import { listRubrics } from '../../core/rubrics/queries';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';

/** Lists the rubric versions of `dbFile`, retired ones included. */
export async function rubricList(output: Output, dbFile: string): Promise<number> {
  const store = await openStore(dbFile);
  try {
    const rubrics = listRubrics(store.db, true);
    if (rubrics.length === 0) output.out(say(output, 'rubricNone'));
    for (const r of rubrics) {
      output.out(
        say(output, 'rubricRow', {
          id: r.id,
          version: r.version,
          status: say(output, `status.${r.status}`),
          title: r.title,
          aspects: r.aspectCount,
          usedBy: r.usedBy,
        }),
      );
    }
    return EXIT.ok;
  } finally {
    store.close();
  }
}
