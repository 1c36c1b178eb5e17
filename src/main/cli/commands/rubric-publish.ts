/** `panitia rubric publish --db FILE --id ID`: publishes a draft, or lists why it cannot be. */
import { publishRubric } from '../../core/rubrics/commands';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';
import { reportRubricError } from '../report-rubric-error';

/** Publishes draft `id`; exit 1 with every problem on stderr when its content is incomplete. */
export async function rubricPublish(output: Output, dbFile: string, id: string): Promise<number> {
  const store = await openStore(dbFile);
  try {
    const rubric = publishRubric(store, id);
    output.out(
      say(output, 'rubricPublished', {
        title: rubric.content.title,
        version: rubric.version,
        hash: rubric.contentHash,
      }),
    );
    return EXIT.ok;
  } catch (error) {
    return reportRubricError(output, error);
  } finally {
    store.close();
  }
}
