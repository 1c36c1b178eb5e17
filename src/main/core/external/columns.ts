/**
 * The headings of an external-score file (docs/external-scores.md): `nomor_peserta`, `komponen`
 * and the value columns of each source. Headings are matched the way the candidate import matches
 * them (headingKey), so "Nomor Peserta" is `nomor_peserta` and "Manajerial + SK" is
 * `manajerial_sk`. Any other column (a running number, the name) is ignored.
 */
import type { RawCell } from '../import/raw-table';
import { fieldOfHeading, headingKey } from '../import/columns';

/** A column the import reads, by its canonical name. */
export type ExternalColumn =
  'nomor_peserta' | 'komponen' | 'nilai' | 'teknis' | 'manajerial_sk' | 'wawancara' | 'hasil';

/** The value columns, and the sub-scores of a CAT PPPK row. */
export const CAT_COLUMNS = ['teknis', 'manajerial_sk', 'wawancara'] as const;
const VALUE_COLUMNS: readonly ExternalColumn[] = ['nilai', ...CAT_COLUMNS, 'hasil'];

// prettier-ignore
const ALIASES: Record<Exclude<ExternalColumn, 'nomor_peserta'>, readonly string[]> = {
  komponen: ['komponen', 'kodekomponen', 'kuncikomponen'],
  nilai: ['nilai', 'skor', 'nilaiujian'],
  teknis: ['teknis', 'kompetensiteknis', 'nilaiteknis'],
  manajerial_sk: [
    'manajerialsk', 'manajerialsosialkultural', 'manajerialdansosialkultural',
    'manajerialsosiokultural', 'nilaimanajerialsk',
  ],
  wawancara: ['wawancara', 'nilaiwawancara'],
  hasil: ['hasil', 'mstms', 'hasilmstms'],
};

const BY_KEY = new Map<string, ExternalColumn>();
for (const [column, keys] of Object.entries(ALIASES)) {
  for (const key of keys) BY_KEY.set(key, column as ExternalColumn);
}

/** The column a heading names, or undefined for a column the import ignores. */
export function externalColumnOf(heading: RawCell | undefined): ExternalColumn | undefined {
  if (typeof heading !== 'string') return undefined;
  if (fieldOfHeading(heading) === 'nomorPeserta') return 'nomor_peserta';
  return BY_KEY.get(headingKey(heading));
}

/** How many different columns a row names (to find the heading row below a title). */
export function countExternalHeadings(cells: readonly RawCell[]): number {
  return new Set(cells.map(externalColumnOf).filter(Boolean)).size;
}

/** Where each column is, and the heading as written for each. */
export interface ExternalColumns {
  index: Partial<Record<ExternalColumn, number>>;
  headings: Map<ExternalColumn, string>;
}

/** Why a heading row cannot be read. */
export interface HeadingProblem {
  code: 'external.missingColumns' | 'external.duplicateColumn';
  params: Record<string, string>;
}

/** Maps the heading row, or lists why it cannot be read (a missing column, a column twice). */
export function mapExternalColumns(headers: readonly string[]): ExternalColumns | HeadingProblem[] {
  const index: ExternalColumns['index'] = {};
  const headings = new Map<ExternalColumn, string>();
  const problems: HeadingProblem[] = [];
  headers.forEach((heading, i) => {
    const column = externalColumnOf(heading);
    if (!column) return;
    // Two columns for one value: which one holds it is a guess, and a wrong guess is silent.
    if (headings.has(column)) {
      problems.push({ code: 'external.duplicateColumn', params: { column: heading.trim() } });
      return;
    }
    headings.set(column, heading.trim());
    index[column] = i;
  });
  const missing: string[] = (['nomor_peserta', 'komponen'] as const).filter(
    (column) => index[column] === undefined,
  );
  if (VALUE_COLUMNS.every((column) => index[column] === undefined)) {
    missing.push('nilai | teknis, manajerial_sk, wawancara | hasil');
  }
  if (missing.length > 0) {
    problems.push({ code: 'external.missingColumns', params: { columns: missing.join(', ') } });
  }
  return problems.length > 0 ? problems : { index, headings };
}
