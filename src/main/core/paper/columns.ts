/**
 * The headings of a paper-sheet file (docs/paper-sheets-import.md): the three key columns, one
 * level column per aspect code, `catatan_<code>` per aspect and `catatan`. Headings are matched
 * the way the candidate import matches them (headingKey), so "Nomor Peserta" is `nomor_peserta`
 * and "M.01" is the aspect `M.01`. Any other column (a running number, the name) is ignored.
 */
import type { RawCell } from '../import/raw-table';
import { fieldOfHeading, headingKey } from '../import/columns';

/** A key column of a paper sheet. */
export type KeyColumn = 'nomor_peserta' | 'komponen' | 'nip_penguji';

/** The key columns, in the order the format lists them. */
export const KEY_COLUMNS: readonly KeyColumn[] = ['nomor_peserta', 'komponen', 'nip_penguji'];

/** The canonical name of the sheet note column. */
export const NOTE_COLUMN = 'catatan';

/** The canonical name of an aspect's note column. */
export function aspectNoteColumn(code: string): string {
  return `${NOTE_COLUMN}_${code}`;
}

const KEY_ALIASES: Record<Exclude<KeyColumn, 'nomor_peserta'>, readonly string[]> = {
  komponen: ['komponen', 'kodekomponen', 'kuncikomponen'],
  nip_penguji: ['nippenguji', 'nipidpenguji', 'idpenguji', 'penguji'],
};

/** A column holding a value of the sheet: a level, an aspect's note, or the sheet's note. */
export interface ValueColumn {
  /** The canonical name: the aspect code, `catatan_<code>` or `catatan`. */
  name: string;
  index: number;
  /** The heading as written in the file. */
  heading: string;
  kind: 'level' | 'aspectNote' | 'note';
}

/** Where everything is in a file's rows. */
export interface PaperColumns {
  keys: Record<KeyColumn, number>;
  values: ValueColumn[];
  /** Canonical name → heading as written, for naming a column in a problem. */
  headings: Map<string, string>;
}

/** A heading's meaning; `aspectCodes` are every aspect code the selection's rubrics use. */
export type HeadingMeaning =
  { kind: 'key'; column: KeyColumn } | { kind: 'level' | 'aspectNote' | 'note'; name: string };

/** Reads headings against the aspect codes of a selection's rubrics. */
export function headingReader(aspectCodes: Iterable<string>) {
  const levels = new Map<string, string>();
  const notes = new Map<string, string>();
  for (const code of aspectCodes) {
    levels.set(headingKey(code), code);
    notes.set(`${NOTE_COLUMN}${headingKey(code)}`, code);
  }

  function meaning(heading: RawCell | undefined): HeadingMeaning | null {
    if (typeof heading !== 'string') return null;
    if (fieldOfHeading(heading) === 'nomorPeserta') return { kind: 'key', column: 'nomor_peserta' };
    const key = headingKey(heading);
    for (const [column, aliases] of Object.entries(KEY_ALIASES)) {
      if (aliases.includes(key)) return { kind: 'key', column: column as KeyColumn };
    }
    if (key === NOTE_COLUMN || key === 'catatanumum') return { kind: 'note', name: NOTE_COLUMN };
    const level = levels.get(key);
    if (level !== undefined) return { kind: 'level', name: level };
    const note = notes.get(key);
    if (note !== undefined) return { kind: 'aspectNote', name: aspectNoteColumn(note) };
    return null;
  }

  /** How many key columns a row names (to find the heading row below a title). */
  function countHeadings(cells: readonly RawCell[]): number {
    return new Set(cells.map((cell) => meaning(cell)).filter((m) => m?.kind === 'key')).size;
  }

  return { meaning, countHeadings };
}

/** Why a heading row cannot be read. */
export interface HeadingProblem {
  code: 'paper.missingColumns' | 'paper.duplicateColumn';
  params: Record<string, string>;
}

/** Maps the heading row, or lists why it cannot be read (missing key column, a column twice). */
export function mapPaperColumns(
  headers: readonly string[],
  meaning: (heading: string) => HeadingMeaning | null,
): PaperColumns | HeadingProblem[] {
  const keys: Partial<Record<KeyColumn, number>> = {};
  const values: ValueColumn[] = [];
  const headings = new Map<string, string>();
  const problems: HeadingProblem[] = [];
  headers.forEach((heading, index) => {
    const m = meaning(heading);
    if (!m) return;
    const name = m.kind === 'key' ? m.column : m.name;
    // Two columns for one value: which one holds it is a guess, and a wrong guess is silent.
    if (headings.has(name)) {
      problems.push({ code: 'paper.duplicateColumn', params: { column: heading.trim() } });
      return;
    }
    headings.set(name, heading.trim());
    if (m.kind === 'key') keys[m.column] = index;
    else values.push({ name, index, heading: heading.trim(), kind: m.kind });
  });
  const missing = KEY_COLUMNS.filter((column) => keys[column] === undefined);
  if (missing.length > 0) {
    problems.push({ code: 'paper.missingColumns', params: { columns: missing.join(', ') } });
  }
  if (problems.length > 0) return problems;
  return { keys: keys as Record<KeyColumn, number>, values, headings };
}
