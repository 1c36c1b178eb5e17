/**
 * What is wrong with one field of one imported row, in words, for the CLI and the renderer alike.
 * Indonesian is the default. Each message says what was read and what to do about it; `{label}` is
 * the field's translated name and the other placeholders come from the problem's params.
 */
import type { RowProblem } from '../domain/import-report';
import type { NikProblemCode } from '../domain/nik';
import { interpolate, type Language } from './errors';

/** The fields a row problem can point at: the candidate fields plus import-only columns. */
export const IMPORT_FIELDS = [
  'nomorPeserta',
  'nik',
  'nama',
  'tanggalLahir',
  'jenisKelamin',
  'pendidikan',
  'ipk',
  'nilaiIjazah',
  'ipkAtauIjazah',
  'formasiCode',
  'twk',
  'tiu',
  'tkp',
  'skdTotal',
  'skd',
] as const;
/** A field a row problem can point at. */
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Columns without which no candidate can be stored, in the order a hint lists them. */
export const REQUIRED_IMPORT_FIELDS = [
  'nomorPeserta',
  'nik',
  'nama',
  'tanggalLahir',
  'jenisKelamin',
  'pendidikan',
  'formasiCode',
] as const satisfies readonly ImportField[];

/** Columns read when present. */
export const OPTIONAL_IMPORT_FIELDS = [
  'ipkAtauIjazah',
  'twk',
  'tiu',
  'tkp',
  'skdTotal',
] as const satisfies readonly ImportField[];

const idLabels: Record<ImportField, string> = {
  nomorPeserta: 'Nomor Peserta',
  nik: 'NIK',
  nama: 'Nama',
  tanggalLahir: 'Tanggal Lahir',
  jenisKelamin: 'Jenis Kelamin',
  pendidikan: 'Pendidikan',
  ipk: 'IPK',
  nilaiIjazah: 'Nilai Ijazah',
  ipkAtauIjazah: 'IPK/Nilai Ijazah',
  formasiCode: 'Kode Formasi',
  twk: 'TWK',
  tiu: 'TIU',
  tkp: 'TKP',
  skdTotal: 'Total SKD',
  skd: 'Nilai SKD',
};

// English labels keep the Indonesian heading in brackets: that is what the user sees in the file.
const enLabels: Record<ImportField, string> = {
  nomorPeserta: 'Participant number (Nomor Peserta)',
  nik: 'NIK',
  nama: 'Name (Nama)',
  tanggalLahir: 'Date of birth (Tanggal Lahir)',
  jenisKelamin: 'Sex (Jenis Kelamin)',
  pendidikan: 'Education (Pendidikan)',
  ipk: 'GPA (IPK)',
  nilaiIjazah: 'Diploma average (Nilai Ijazah)',
  ipkAtauIjazah: 'GPA or diploma average (IPK/Nilai Ijazah)',
  formasiCode: 'Formasi code (Kode Formasi)',
  twk: 'TWK',
  tiu: 'TIU',
  tkp: 'TKP',
  skdTotal: 'SKD total (Total SKD)',
  skd: 'SKD scores',
};

/** Field names per language. */
export const IMPORT_FIELD_LABELS: Record<Language, Record<ImportField, string>> = {
  id: idLabels,
  en: enLabels,
};

const id = {
  'value.required': '{label} wajib diisi. Lengkapi sel yang kosong.',
  'value.tooLong':
    '{label} terlalu panjang ({length} karakter; paling banyak {max}). Persingkat isinya.',
  'value.scientific':
    '{label} "{value}" tertulis dalam notasi ilmiah sehingga angka-angkanya hilang. Di Excel, ubah format kolom menjadi Teks lalu ketik ulang isinya.',
  'value.storedAsNumber':
    '{label} {value} tersimpan sebagai angka; Excel hanya menyimpan 15 angka sehingga angka terakhir mungkin berubah menjadi 0. Ubah format kolom menjadi Teks lalu ketik ulang isinya.',
  'number.invalid': '{label} "{value}" bukan angka. Tulis angka saja, misalnya 3,45 atau 3.45.',
  'number.notInteger': '{label} harus bilangan bulat (terbaca {value}).',
  'number.outOfRange': '{label} harus antara {min} dan {max} (terbaca {value}).',
  'date.invalid':
    '{label} "{value}" tidak dapat dibaca sebagai tanggal. Gunakan format hh/bb/tttt, misalnya 05/08/1990.',
  'date.notInCalendar':
    '{label} "{value}" tidak ada di kalender (misalnya 31/02). Periksa hari dan bulannya; formatnya hh/bb/tttt.',
  'date.twoDigitYear':
    'Tahun pada {label} "{value}" hanya 2 angka. Tulis tahun lengkap 4 angka, misalnya 05/08/1990.',
  'date.yearOutOfRange': 'Tahun {year} pada {label} tidak masuk akal. Periksa tanggalnya.',
  'gender.unknown': '{label} "{value}" tidak dikenal. Isi L (laki-laki) atau P (perempuan).',
  'nik.length':
    'NIK harus 16 angka (terbaca {length}). Periksa apakah ada angka yang hilang atau berlebih.',
  'nik.notDigits': 'NIK hanya boleh berisi angka (terbaca "{value}").',
  'nik.province':
    'Dua angka pertama NIK ({code}) bukan kode provinsi di Indonesia. Periksa NIK pada KTP.',
  'nik.birthDate':
    'Angka ke-7 sampai ke-12 NIK ({code}) bukan tanggal lahir yang mungkin (hhbbtt; perempuan: hari + 40). Periksa NIK pada KTP.',
  'nik.birthDateMismatch':
    'Tanggal lahir pada NIK ({nikDate}) berbeda dengan kolom Tanggal Lahir ({rowDate}). Perbaiki NIK atau tanggal lahirnya.',
  'nik.genderMismatch':
    'NIK menunjukkan jenis kelamin {nikGender} (angka hari {code}; perempuan: hari + 40), tetapi kolom Jenis Kelamin berisi {gender}. Perbaiki salah satunya.',
  'nik.serial': 'Empat angka terakhir NIK tidak boleh 0000. Periksa NIK pada KTP.',
  'skd.incomplete':
    'Nilai SKD tidak lengkap ({missing} kosong). Isi TWK, TIU, dan TKP semuanya, atau kosongkan semuanya.',
  'skd.totalMismatch':
    'Total SKD {total} tidak sama dengan TWK + TIU + TKP = {sum}. Periksa nilai-nilainya.',
  'formasi.unknown':
    'Kode formasi "{code}" tidak ada di seleksi ini. Tambahkan formasinya dahulu, atau perbaiki kodenya.',
  'duplicate.inFile':
    '{label} {value} sudah dipakai pada baris {line}. Setiap peserta hanya boleh muncul sekali; hapus salah satu baris atau perbaiki isinya.',
  'duplicate.inFileFirst':
    '{label} {value} dipakai lagi pada baris {lines}. Setiap peserta hanya boleh muncul sekali; hapus salah satu baris atau perbaiki isinya.',
  'duplicate.inSelection':
    '{label} {value} sudah terdaftar di seleksi ini. Hapus baris ini, atau perbaiki isinya jika salah ketik.',
} as const;

/** A stable row-problem code. */
export type ImportProblemCode = keyof typeof id;

const en: Record<ImportProblemCode, string> = {
  'value.required': '{label} is required. Fill in the empty cell.',
  'value.tooLong': '{label} is too long ({length} characters; at most {max}). Shorten it.',
  'value.scientific':
    '{label} "{value}" is written in scientific notation, so its digits are lost. In Excel, format the column as Text and type the value again.',
  'value.storedAsNumber':
    '{label} {value} is stored as a number; Excel keeps only 15 digits, so the last digit may have become 0. Format the column as Text and type the value again.',
  'number.invalid': '{label} "{value}" is not a number. Write digits only, e.g. 3,45 or 3.45.',
  'number.notInteger': '{label} must be a whole number (read {value}).',
  'number.outOfRange': '{label} must be between {min} and {max} (read {value}).',
  'date.invalid': '{label} "{value}" cannot be read as a date. Use dd/mm/yyyy, e.g. 05/08/1990.',
  'date.notInCalendar':
    '{label} "{value}" is not a calendar date (e.g. 31/02). Check the day and month; the format is dd/mm/yyyy.',
  'date.twoDigitYear':
    'The year in {label} "{value}" has only 2 digits. Write all 4 digits, e.g. 05/08/1990.',
  'date.yearOutOfRange': 'The year {year} in {label} is not plausible. Check the date.',
  'gender.unknown': '{label} "{value}" is not recognised. Use L (male) or P (female).',
  'nik.length': 'A NIK has 16 digits (read {length}). Check for missing or extra digits.',
  'nik.notDigits': 'A NIK may contain digits only (read "{value}").',
  'nik.province':
    'The first two digits of the NIK ({code}) are not an Indonesian province code. Check the NIK on the KTP.',
  'nik.birthDate':
    'Digits 7 to 12 of the NIK ({code}) are not a possible birth date (ddmmyy; women: day + 40). Check the NIK on the KTP.',
  'nik.birthDateMismatch':
    'The birth date in the NIK ({nikDate}) differs from the Tanggal Lahir column ({rowDate}). Correct the NIK or the date of birth.',
  'nik.genderMismatch':
    'The NIK says sex {nikGender} (day digits {code}; women: day + 40), but the Jenis Kelamin column says {gender}. Correct one of them.',
  'nik.serial': 'The last four digits of a NIK cannot be 0000. Check the NIK on the KTP.',
  'skd.incomplete':
    'The SKD scores are incomplete ({missing} empty). Fill in TWK, TIU and TKP, or leave all three empty.',
  'skd.totalMismatch':
    'Total SKD {total} does not equal TWK + TIU + TKP = {sum}. Check the scores.',
  'formasi.unknown':
    'Formasi code "{code}" does not exist in this selection. Add the formasi first, or correct the code.',
  'duplicate.inFile':
    '{label} {value} is already used on row {line}. Each candidate may appear only once; remove one of the rows or correct the value.',
  'duplicate.inFileFirst':
    '{label} {value} is used again on row {lines}. Each candidate may appear only once; remove one of the rows or correct the value.',
  'duplicate.inSelection':
    '{label} {value} is already registered in this selection. Remove this row, or correct the value if it is a typo.',
};

/** Every row-problem message, per language. */
export const IMPORT_PROBLEM_MESSAGES: Record<Language, Record<ImportProblemCode, string>> = {
  id,
  en,
};

// Every NIK rule's code must have a message here; this fails to compile if one is missing.
const _nikCodesHaveMessages: Record<NikProblemCode, string> = id;

/** True when `code` is a known row-problem code. */
export function isImportProblemCode(code: string): code is ImportProblemCode {
  return Object.hasOwn(id, code);
}

/** The name of `field` in `language`; an unknown field is shown as it is. */
export function importFieldLabel(field: string, language: Language = 'id'): string {
  const labels = IMPORT_FIELD_LABELS[language];
  return Object.hasOwn(labels, field) ? labels[field as ImportField] : field;
}

/** One problem as a sentence in `language`; an unknown code (from a newer version) is shown raw. */
export function describeProblem(problem: RowProblem, language: Language = 'id'): string {
  const label = importFieldLabel(problem.field, language);
  if (!isImportProblemCode(problem.code)) return `${label}: ${problem.code}`;
  return interpolate(IMPORT_PROBLEM_MESSAGES[language][problem.code], { ...problem.params, label });
}
