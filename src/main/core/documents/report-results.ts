/**
 * The results a results document (rekap, pengumuman) prints: computed from one gathered input,
 * so the ranking on the page and the hash in its footer always come from the same data.
 */
import type { Database } from 'better-sqlite3';
import type { Assessor } from '../../../shared/domain/assessor';
import type { Formasi, Selection } from '../../../shared/domain/selection';
import { AppError } from '../../../shared/errors';
import { computeResults } from '../../../shared/results/compute';
import type { ResultFormasi } from '../../../shared/results/input';
import type { FormasiResult } from '../../../shared/results/output';
import { listAssessors } from '../assessors/queries';
import { getFormasi, listFormasi } from '../formasi/queries';
import { gatherResultsInput } from '../results/gather-input';
import { hashResultsInput } from '../results/results-hash';
import { getSelection, onlySelectionId } from '../selections/queries';

/** One formasi as a results document prints it. */
export interface ReportFormasi {
  formasi: Formasi;
  /** Its plan as the computation read it. */
  input: ResultFormasi;
  result: FormasiResult;
}

/** The results of the formasi a document covers, in code order. */
export interface ReportResults {
  selection: Selection;
  /** One formasi (asked for) or every formasi of the selection. */
  formasi: ReportFormasi[];
  /** True when the document covers one formasi. */
  single: boolean;
  /** The hash of the input the results were computed from. */
  hash: string;
  /** Assessors further apart than this many points are flagged (the selection's configuration). */
  threshold: number;
  /** The selection's assessors by id, to name them in the rekap. */
  assessors: Map<string, Assessor>;
}

/**
 * The results of formasi `formasiId`, or of every formasi of `selectionId` (the only selection
 * of the store when left out). Throws `formasi.notFound`, `selection.notFound`, and
 * `document.needsFormasi` when no formasi is given and the store does not name one selection.
 */
export function reportResults(
  db: Database,
  ids: { formasiId?: string; selectionId?: string },
): ReportResults {
  const one = ids.formasiId === undefined ? null : getFormasi(db, ids.formasiId);
  const selectionId =
    one?.selectionId ?? ids.selectionId ?? onlySelectionId(db, 'document.needsFormasi');
  const selection = getSelection(db, selectionId);
  const input = gatherResultsInput(db, selectionId);
  const output = computeResults(input);
  const byId = new Map(listFormasi(db, selectionId).map((f) => [f.id, f]));
  const plans = new Map(input.formasi.map((f) => [f.id, f]));
  const formasi = output.formasi
    .filter((result) => one === null || result.formasiId === one.id)
    .flatMap((result) => {
      const row = byId.get(result.formasiId);
      const plan = plans.get(result.formasiId);
      return row && plan ? [{ formasi: row, input: plan, result }] : [];
    });
  if (one !== null && formasi.length === 0) throw new AppError('document.noPlan');
  return {
    selection,
    formasi,
    single: one !== null,
    hash: hashResultsInput(input),
    threshold: input.config.disagreementThreshold,
    assessors: new Map(listAssessors(db, selectionId).map((a) => [a.id, a])),
  };
}
