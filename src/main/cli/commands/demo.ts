/**
 * `panitia demo --db FILE [--seed N] [--candidates N]`: creates a realistic demo selection and its
 * scoring day, and prints the demo assessors with their demo PINs and the seed of the panel draw.
 */
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
    const { selection, rubrics, scoring, external } = await createDemo(store, {
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
    output.out(say(output, 'demoAssessorsHead'));
    for (const { role, nama, pin } of scoring.assessors) {
      output.out(say(output, 'demoAssessor', { role, nama, pin }));
    }
    output.out(
      say(output, 'demoDraw', { session: scoring.draw.sessionId, seed: scoring.draw.seed }),
    );
    output.out(
      say(output, 'demoScoring', {
        sessions: scoring.sessions,
        absent: scoring.absent,
        sheets: scoring.sheets,
      }),
    );
    if (external) {
      output.out(
        say(output, 'demoExternal', { scores: external.importedRows, file: external.fileName }),
      );
    }
    return EXIT.ok;
  } finally {
    store.close();
  }
}
