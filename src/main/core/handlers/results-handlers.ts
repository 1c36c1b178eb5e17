/** The handler of `results:compute`: gather the store's input, compute, and make the view. */
import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../../shared/contract/contract';
import { computeResults } from '../../../shared/results/compute';
import { toResultsView, type ResultsViewNames } from '../../../shared/results/results-view';
import type { WriteContext } from '../journal/record';
import { gatherResultsInput } from '../results/gather-input';
import { exportResults } from '../results/results-export';

/** The names the view shows beside ids: jabatan per formasi and assessor names. */
function viewNames(db: Database, selectionId: string): ResultsViewNames {
  const rows = (sql: string) =>
    Object.fromEntries(
      (db.prepare(sql).all(selectionId) as { id: string; name: string }[]).map((r) => [
        r.id,
        r.name,
      ]),
    );
  return {
    jabatan: rows('SELECT id, jabatan AS name FROM formasi WHERE selection_id = ?'),
    assessors: rows('SELECT id, nama AS name FROM assessors WHERE selection_id = ?'),
  };
}

/** Builds the results handlers over one store. */
export function resultsHandlers(
  context: WriteContext,
): Pick<Handlers, 'results:compute' | 'results:export'> {
  const { db } = context;
  return {
    'results:compute': ({ selectionId }) => {
      const input = gatherResultsInput(db, selectionId);
      return toResultsView(computeResults(input), input, viewNames(db, selectionId));
    },
    'results:export': async ({ selectionId, format, language }) => {
      const { fileName, bytes, inputsHash } = await exportResults(
        db,
        selectionId,
        format,
        language,
      );
      return { fileName, contentBase64: bytes.toString('base64'), inputsHash };
    },
  };
}
