/** Descriptions shown by `panitia --help`, per language. */
import type { Language } from '../../shared/i18n/errors';

const id = {
  program: 'Panitia: aplikasi luring panitia seleksi ASN (baris perintah).',
  lang: 'bahasa keluaran: id atau en (bawaan: id, atau PANITIA_LANG)',
  db: 'berkas basis data Panitia (.db)',
  import: 'impor data',
  importCandidates: 'impor peserta dari berkas CSV atau XLSX; semua baris atau tidak sama sekali',
  selection: 'id seleksi tujuan',
  check: 'hanya periksa berkas, jangan ubah data',
  skipInvalid: 'impor baris yang valid saja dan laporkan yang dilewati',
  progress: 'tampilkan tahapan ke stderr',
  journal: 'jurnal perubahan',
  journalVerify: 'periksa rantai hash jurnal dan sebutkan mata rantai pertama yang putus',
  demo: 'buat seleksi contoh yang realistis (formasi guru, administrasi, teknis)',
  seed: 'benih acak (bawaan 1)',
  candidates: 'jumlah peserta (bawaan: 3 × kuota tiap formasi)',
  file: 'berkas CSV atau XLSX',
} as const;

/** A help-text key. */
export type HelpKey = keyof typeof id;

const en: Record<HelpKey, string> = {
  program: 'Panitia: offline app for ASN selection committees (command line).',
  lang: 'output language: id or en (default: id, or PANITIA_LANG)',
  db: 'Panitia database file (.db)',
  import: 'import data',
  importCandidates: 'import candidates from a CSV or XLSX file; every row or none',
  selection: 'id of the target selection',
  check: 'only check the file, change nothing',
  skipInvalid: 'import the valid rows only and report the skipped ones',
  progress: 'print stages to stderr',
  journal: 'the change journal',
  journalVerify: 'check the journal hash chains and name the first broken link',
  demo: 'create a realistic demo selection (teacher, administrative, technical formasi)',
  seed: 'random seed (default 1)',
  candidates: 'number of candidates (default: 3 × the quota of each formasi)',
  file: 'CSV or XLSX file',
};

/** Every help text per language. */
export const HELP_TEXT: Record<Language, Record<HelpKey, string>> = { id, en };
