/**
 * Which heading is which field. Headings are matched after reducing them to lower-case letters
 * and digits, so "NO. PESERTA", "No Peserta" and "no_peserta" are one heading; matching is exact
 * after that, so "Jenis Formasi" or "Nilai SKB" are never taken for "Formasi" or "SKD".
 */
import { AppError } from '../../../shared/errors';
import {
  IMPORT_FIELD_LABELS,
  REQUIRED_IMPORT_FIELDS,
  type ImportField,
} from '../../../shared/i18n/import-problems';
import type { RawCell } from './raw-table';

/** A field a column can hold (every import field but the `skd` group). */
export type ColumnField = Exclude<ImportField, 'skd'>;

/** Accepted headings per field, already normalised by {@link headingKey}. */
// prettier-ignore
export const COLUMN_ALIASES: Readonly<Record<ColumnField, readonly string[]>> = {
  nomorPeserta: [
    'nomorpeserta', 'nopeserta', 'nopes', 'nopst', 'nomorpesertaujian', 'nopesertaujian', 'nomorujian',
    'noujian', 'nomorpesertaseleksi',
  ],
  nik: ['nik', 'noktp', 'nomorktp', 'nikktp', 'niknoktp', 'nonik', 'nomornik', 'nomorindukkependudukan'],
  nama: ['nama', 'namalengkap', 'namapeserta', 'namapelamar', 'namalengkappeserta'],
  tanggalLahir: ['tanggallahir', 'tgllahir', 'tgllhr', 'tanggallhr', 'tanggalkelahiran', 'tgllahirpeserta'],
  jenisKelamin: ['jeniskelamin', 'jk', 'lp', 'kelamin', 'jnskelamin', 'jeniskel', 'jnskel', 'gender'],
  pendidikan: ['pendidikan', 'kualifikasipendidikan', 'pendidikanterakhir', 'kualifikasi'],
  ipk: ['ipk', 'nilaiipk', 'indeksprestasikumulatif'],
  nilaiIjazah: ['nilaiijazah', 'ratarataijazah', 'nilairatarataijazah', 'rataratanilaiijazah', 'nilairataijazah'],
  ipkAtauIjazah: [
    'ipknilaiijazah', 'nilaiijazahipk', 'ipkijazah', 'ipkatauijazah', 'ipkataunilaiijazah',
    'ipkratarataijazah',
  ],
  formasiCode: ['formasi', 'kodeformasi', 'kdformasi', 'idformasi'],
  twk: ['twk', 'nilaitwk', 'skortwk'],
  tiu: ['tiu', 'nilaitiu', 'skortiu'],
  tkp: ['tkp', 'nilaitkp', 'skortkp'],
  skdTotal: ['totalskd', 'skd', 'nilaiskd', 'jumlahskd', 'skdtotal', 'totalnilaiskd', 'jumlahnilaiskd'],
};

/** Columns without which no candidate can be stored (shared with the renderer's hint). */
export const REQUIRED_FIELDS: readonly ColumnField[] = REQUIRED_IMPORT_FIELDS;
const SKD_PARTS: readonly ColumnField[] = ['twk', 'tiu', 'tkp'];

const FIELD_BY_KEY = new Map<string, ColumnField>();
for (const [field, keys] of Object.entries(COLUMN_ALIASES) as Array<
  [ColumnField, readonly string[]]
>) {
  for (const key of keys) FIELD_BY_KEY.set(key, field);
}

const BRACKETED = /\([^)]*\)|\[[^\]]*\]/g;
const MARKS = /\p{M}/gu;
const NOT_ALPHANUMERIC = /[^a-z0-9]/g;

/** A heading reduced for matching; a hint in brackets, as in "Tanggal Lahir (dd/mm/yyyy)", is dropped. */
export function headingKey(heading: string): string {
  const plain = heading.normalize('NFKD').replace(MARKS, '').toLowerCase();
  const key = plain.replace(BRACKETED, '').replace(NOT_ALPHANUMERIC, '');
  // A heading that is only a bracket, such as "(L/P)", is matched on what is inside it.
  return key === '' ? plain.replace(NOT_ALPHANUMERIC, '') : key;
}

/** The field a heading names, or undefined for a column the import ignores. */
export function fieldOfHeading(heading: RawCell | undefined): ColumnField | undefined {
  return typeof heading === 'string' ? FIELD_BY_KEY.get(headingKey(heading)) : undefined;
}

/** How many different fields a row names; used to find the heading row below a title. */
export function countKnownHeadings(cells: readonly RawCell[]): number {
  const seen = new Set<ColumnField>();
  for (const cell of cells) {
    const field = fieldOfHeading(cell);
    if (field) seen.add(field);
  }
  return seen.size;
}

/** Where each field is in a row, and which heading was read as which field. */
export interface ColumnMap {
  index: Partial<Record<ColumnField, number>>;
  /** Heading as written in the file → field name; ignored columns are left out. */
  columns: Record<string, string>;
}

/** Maps the heading row; throws when a required column is missing or a field appears twice. */
export function mapColumns(headers: readonly string[]): ColumnMap {
  const index: Partial<Record<ColumnField, number>> = {};
  const columns: Record<string, string> = {};
  const headingsOf = new Map<ColumnField, string[]>();
  headers.forEach((heading, i) => {
    const field = fieldOfHeading(heading);
    if (!field) return;
    const trimmed = heading.trim();
    headingsOf.set(field, [...(headingsOf.get(field) ?? []), trimmed]);
    if (index[field] === undefined) {
      index[field] = i;
      columns[trimmed] = field;
    }
  });
  for (const [field, headings] of headingsOf) {
    if (headings.length > 1) {
      // Two "Nama" columns: which one holds the name is a guess, and a wrong guess is silent.
      throw new AppError('import.duplicateColumns', {
        field: IMPORT_FIELD_LABELS.id[field],
        columns: headings.map((h) => `"${h}"`).join(', '),
      });
    }
  }
  const missing = REQUIRED_FIELDS.filter((field) => index[field] === undefined);
  // SKD scores are optional, but a file that has some of their columns must have all three parts.
  const hasSkd = [...SKD_PARTS, 'skdTotal' as const].some((field) => index[field] !== undefined);
  if (hasSkd) missing.push(...SKD_PARTS.filter((field) => index[field] === undefined));
  if (missing.length > 0) {
    throw new AppError('import.missingColumns', {
      columns: missing.map((field) => IMPORT_FIELD_LABELS.id[field]).join(', '),
    });
  }
  return { index, columns };
}
