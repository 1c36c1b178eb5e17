/** A selection's results export in one of its formats, with the file name it is offered under. */
import type { Database } from 'better-sqlite3';
import type { Language } from '../../../shared/i18n/errors';
import type { ResultsFormat } from '../../../shared/results/results-format';
import { announcementTable } from './announcement-table';
import { buildResultsDocument, computeStoredResults, resultsJson } from './results-document';
import { resultsCsv } from './results-csv';
import { resultsXlsx } from './results-xlsx';

/** An export's bytes with what a caller tells the user about it. */
export interface ExportedResults {
  /** `hasil-YEAR-HASH.FORMAT`, the hash's first twelve hex digits. */
  fileName: string;
  bytes: Buffer;
  inputsHash: string;
  /** How many candidates and formasi the results cover. */
  candidates: number;
  formasi: number;
}

/** The bytes of the export of `selectionId` in `format`, and a file name with the hash's start. */
export async function exportResults(
  db: Database,
  selectionId: string,
  format: ResultsFormat,
  language: Language,
): Promise<ExportedResults> {
  const results = computeStoredResults(db, selectionId);
  const document = buildResultsDocument(results);
  const bytes =
    format === 'json'
      ? resultsJson(document)
      : format === 'csv'
        ? resultsCsv(announcementTable(db, results, language))
        : await resultsXlsx(announcementTable(db, results, language));
  const fileName = `hasil-${results.selection.year}-${document.inputsHash.slice(0, 12)}.${format}`;
  return {
    fileName,
    bytes,
    inputsHash: document.inputsHash,
    candidates: results.inputs.candidates.length,
    formasi: results.inputs.formasi.length,
  };
}
