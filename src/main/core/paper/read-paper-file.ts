/**
 * Reads one operator's file of transcribed paper sheets into rows of text, with the candidate
 * importer's reader (CSV in any office encoding and separator, or XLSX). Nothing is interpreted
 * against the database here.
 */
import { createHash } from 'node:crypto';
import type { PaperProblem, PaperSide } from '../../../shared/domain/paper-report';
import { isAppError } from '../../../shared/errors';
import { cellText, identifierText } from '../import/cell-text';
import { isBlankCell } from '../import/raw-table';
import { readTable } from '../import/read-table';
import {
  headingReader,
  KEY_COLUMNS,
  mapPaperColumns,
  type KeyColumn,
  type ValueColumn,
} from './columns';

/** One data row: the key as written, a problem reading it, and every value column's text. */
export interface PaperRow {
  line: number;
  key: Record<KeyColumn, string>;
  /** Why a key cell could not be read (a long number Excel may have rounded), by column. */
  keyProblems: Array<{ column: KeyColumn; value: string }>;
  /** Canonical column name → the cell's text ('' when blank). */
  values: Map<string, string>;
}

/** A file as read: its fingerprint and rows, or the problems that stopped reading it. */
export interface PaperFile {
  side: PaperSide;
  fileName: string;
  sha256: string;
  rows: PaperRow[];
  /** Canonical column name → heading as written. */
  headings: Map<string, string>;
  /** Canonical name of each value column → what it holds. */
  kinds: Map<string, ValueColumn['kind']>;
  /** Problems of the file as a whole (unreadable, headings); rows are then empty. */
  problems: PaperProblem[];
}

const LEADING_ZEROS = /^0+(?=\d)/;

/** Reads `bytes`; `aspectCodes` are the aspect codes the selection's rubrics use. */
export async function readPaperFile(
  side: PaperSide,
  fileName: string,
  bytes: Uint8Array,
  aspectCodes: Iterable<string>,
): Promise<PaperFile> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const file: PaperFile = {
    side,
    fileName,
    sha256,
    rows: [],
    headings: new Map(),
    kinds: new Map(),
    problems: [],
  };
  const fileProblem = (code: string, params: PaperProblem['params'] = {}) =>
    file.problems.push({ side, fileName, line: null, column: null, code, params });
  const { meaning, countHeadings } = headingReader(aspectCodes);
  let table;
  try {
    table = await readTable(bytes, fileName, countHeadings);
  } catch (error) {
    if (!isAppError(error)) throw error;
    fileProblem(error.code, error.params);
    return file;
  }
  const columns = mapPaperColumns(table.headers, meaning);
  if (Array.isArray(columns)) {
    for (const problem of columns) fileProblem(problem.code, problem.params);
    return file;
  }
  file.headings = columns.headings;
  for (const column of columns.values) file.kinds.set(column.name, column.kind);
  const used = [...Object.values(columns.keys), ...columns.values.map((c) => c.index)];
  for (const raw of table.rows) {
    // Templates come with numbered empty rows: a row with nothing in the columns read is no sheet.
    if (used.every((i) => isBlankCell(raw.cells[i]))) continue;
    const key = {} as Record<KeyColumn, string>;
    const keyProblems: PaperRow['keyProblems'] = [];
    for (const column of KEY_COLUMNS) {
      const cell = raw.cells[columns.keys[column]];
      if (column === 'komponen') {
        key[column] = cellText(cell).toLowerCase();
        continue;
      }
      const read = identifierText(cell);
      if (read.ok) key[column] = read.value.replace(/\s+/g, '');
      else {
        key[column] = cellText(cell);
        keyProblems.push({ column, value: String(read.params.value ?? key[column]) });
      }
    }
    const values = new Map<string, string>();
    for (const column of columns.values) {
      const text = cellText(raw.cells[column.index]);
      // "03" and "3" are the same level; an XLSX number 3 reads as "3" already.
      values.set(column.name, column.kind === 'level' ? text.replace(LEADING_ZEROS, '') : text);
    }
    file.rows.push({ line: raw.line, key, keyProblems, values });
  }
  if (file.rows.length === 0) fileProblem('import.emptyFile');
  return file;
}
