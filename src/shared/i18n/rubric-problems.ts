/**
 * What is wrong with a rubric or a rubric file, in words, for the editor, the import screen and the
 * CLI alike: where ("Aspek 2 › Tingkat 3 › Patokan") and what, in the user's language.
 */
import type { RubricProblemCode } from '../rubric/check-rubric';
import type { RubricFileProblem, RubricFileProblemCode } from '../rubric/rubric-file';
import { interpolate, type Language } from './errors';

type Code = RubricProblemCode | RubricFileProblemCode;

const id: Record<Code, string> = {
  required: 'wajib diisi',
  wrongType: 'jenis isinya salah (seharusnya {expected})',
  notInteger: 'harus bilangan bulat',
  empty: 'tidak boleh kosong',
  tooLong: 'terlalu panjang (paling banyak {max} karakter)',
  tooFew: 'terlalu sedikit (paling sedikit {min})',
  tooMany: 'terlalu banyak (paling banyak {max})',
  atLeast: 'paling kecil {limit}',
  greaterThan: 'harus lebih dari {limit}',
  atMost: 'paling besar {limit}',
  invalidValue: 'isinya tidak dikenal (pilihan: {allowed})',
  invalidCode: 'hanya boleh berisi huruf, angka, titik, garis bawah, dan tanda hubung',
  invalidFormat: 'bentuknya tidak sah (seharusnya {format})',
  unknownField: 'kolom tidak dikenal: {keys}; hapus kolom itu',
  scaleMinNotBelowMax: 'nilai terendah ({min}) harus lebih kecil dari nilai tertinggi ({max})',
  levelsDoNotMatchScale:
    'harus ada tepat satu tingkat untuk setiap nilai {min} sampai {max}, berurutan (terbaca: {found})',
  duplicateAspectCode: 'kode "{code}" sudah dipakai oleh aspek {first}; gunakan kode lain',
  weightPrecision: 'bobot {weight} paling banyak dua angka di belakang koma',
  weightsDoNotSum: 'jumlah bobot semua aspek {total}%, seharusnya tepat 100%',
  fileTooLarge: 'berkas terlalu besar ({size} KB; batas {max} KB)',
  notJson: 'berkas bukan JSON yang sah ({detail})',
  notRubricFile: 'berkas ini bukan berkas rubrik Panitia (kolom "format" harus "panitia-rubric")',
  unsupportedFormatVersion:
    'versi format berkas {version} tidak didukung (aplikasi ini membaca versi {supported}); perbarui Panitia',
  hashMismatch: 'isi rubrik tidak cocok dengan hash-nya: berkas diubah setelah diekspor',
};

const en: Record<Code, string> = {
  required: 'is required',
  wrongType: 'has the wrong type (expected {expected})',
  notInteger: 'must be a whole number',
  empty: 'must not be empty',
  tooLong: 'is too long (at most {max} characters)',
  tooFew: 'has too few items (at least {min})',
  tooMany: 'has too many items (at most {max})',
  atLeast: 'must be at least {limit}',
  greaterThan: 'must be greater than {limit}',
  atMost: 'must be at most {limit}',
  invalidValue: 'has an unknown value (allowed: {allowed})',
  invalidCode: 'may contain only letters, digits, dots, underscores and hyphens',
  invalidFormat: 'is not well-formed (expected {format})',
  unknownField: 'unknown field: {keys}; remove it',
  scaleMinNotBelowMax: 'the lowest value ({min}) must be below the highest ({max})',
  levelsDoNotMatchScale:
    'needs exactly one level for each value from {min} to {max}, in order (read: {found})',
  duplicateAspectCode: 'code "{code}" is already used by aspect {first}; choose another code',
  weightPrecision: 'weight {weight} may have at most two decimals',
  weightsDoNotSum: 'the aspect weights add up to {total}%, not exactly 100%',
  fileTooLarge: 'the file is too large ({size} KB; limit {max} KB)',
  notJson: 'the file is not valid JSON ({detail})',
  notRubricFile: 'this is not a Panitia rubric file (its "format" field must be "panitia-rubric")',
  unsupportedFormatVersion:
    'file format version {version} is not supported (this app reads version {supported}); update Panitia',
  hashMismatch: 'the rubric content does not match its hash: the file was changed after export',
};

const FIELD_NAMES: Record<Language, Record<string, string>> = {
  id: {
    format: 'Format',
    formatVersion: 'Versi format',
    exportedAt: 'Waktu ekspor',
    id: 'Identitas versi',
    rubricId: 'Identitas rubrik',
    version: 'Versi',
    status: 'Status',
    contentHash: 'Hash isi',
    content: 'Isi rubrik',
    title: 'Judul',
    kind: 'Jenis',
    instructions: 'Petunjuk',
    durationMinutes: 'Durasi',
    aspects: 'Aspek',
    sources: 'Sumber',
    code: 'Kode',
    description: 'Uraian',
    indicators: 'Indikator',
    weight: 'Bobot',
    scale: 'Skala',
    min: 'Nilai terendah',
    max: 'Nilai tertinggi',
    levels: 'Tingkat',
    value: 'Nilai',
    label: 'Label',
    anchor: 'Patokan',
    noteRequiredAtExtremes: 'Catatan wajib pada skor ekstrem',
  },
  en: {
    format: 'Format',
    formatVersion: 'Format version',
    exportedAt: 'Export time',
    id: 'Version id',
    rubricId: 'Rubric id',
    version: 'Version',
    status: 'Status',
    contentHash: 'Content hash',
    content: 'Rubric content',
    title: 'Title',
    kind: 'Kind',
    instructions: 'Instructions',
    durationMinutes: 'Duration',
    aspects: 'Aspects',
    sources: 'Sources',
    code: 'Code',
    description: 'Description',
    indicators: 'Indicators',
    weight: 'Weight',
    scale: 'Scale',
    min: 'Lowest value',
    max: 'Highest value',
    levels: 'Levels',
    value: 'Value',
    label: 'Label',
    anchor: 'Anchor',
    noteRequiredAtExtremes: 'Note required at extreme scores',
  },
};

// The name of one item of a list, numbered from 1 as a person counts.
const ITEM_NAMES: Record<Language, Record<string, string>> = {
  id: { aspects: 'Aspek', levels: 'Tingkat', indicators: 'Indikator', sources: 'Sumber' },
  en: { aspects: 'Aspect', levels: 'Level', indicators: 'Indicator', sources: 'Source' },
};

const TYPE_NAMES: Record<Language, Record<string, string>> = {
  id: { string: 'teks', number: 'angka', boolean: 'ya/tidak', array: 'daftar', object: 'objek' },
  en: {
    string: 'text',
    number: 'a number',
    boolean: 'yes/no',
    array: 'a list',
    object: 'an object',
  },
};

/** Where a problem is, e.g. "Aspek 2 › Tingkat 3 › Patokan"; empty for the whole file. */
export function rubricProblemLocation(
  path: readonly (string | number)[],
  language: Language = 'id',
): string {
  // A file's content is where every rubric problem lives; saying so on every line is noise.
  const inner = path[0] === 'rubric' && path[1] === 'content' ? path.slice(2) : path;
  const parts: string[] = [];
  inner.forEach((key, index) => {
    if (typeof key === 'number') return;
    const next = inner[index + 1];
    const list = ITEM_NAMES[language][key];
    if (typeof next === 'number' && list) parts.push(`${list} ${next + 1}`);
    else parts.push(FIELD_NAMES[language][key] ?? key);
  });
  return parts.join(' › ');
}

/** One problem as a sentence: where, then what. */
export function describeRubricProblem(
  problem: RubricFileProblem,
  language: Language = 'id',
): string {
  const params = { ...problem.params };
  if (problem.code === 'fileTooLarge') {
    params.size = Math.ceil(Number(params.size) / 1024);
    params.max = Math.floor(Number(params.max) / 1024);
  }
  if (problem.code === 'wrongType') {
    params.expected = TYPE_NAMES[language][String(params.expected)] ?? String(params.expected);
  }
  const what = interpolate((language === 'en' ? en : id)[problem.code], params);
  const where = rubricProblemLocation(problem.path, language);
  const sentence = where === '' ? what : `${where}: ${what}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.';
}
