/**
 * The words printed on a blank score sheet (docs/score-sheets-paper.md), in both languages. The
 * transcription identifiers (`nomor_peserta`, `komponen`, `nip_penguji`, `id_penguji`) are column
 * names of the transcription file and are never translated.
 */
import { interpolate, type Language } from './errors';

const id = {
  title: 'LEMBAR PENILAIAN',
  paperNotice: 'Lembar kertas: diketik ulang dua kali (entri ganda) ke aplikasi',
  continued: 'lanjutan',
  selection: 'Seleksi',
  formasi: 'Formasi',
  component: 'Komponen',
  session: 'Sesi',
  candidate: 'Peserta',
  nomorPeserta: 'Nomor peserta',
  assessor: 'Penguji',
  nip: 'NIP penguji',
  noNip: 'tanpa NIP (non-ASN)',
  rubric: 'Rubrik',
  rubricLine: '{title} · versi {version} · sidik {short}',
  fullHash: 'SHA-256 isi rubrik: {hash}',
  howTo:
    'Beri tanda centang atau silang pada tepat satu kotak untuk setiap aspek. Tulis bukti (ringkasan tindakan atau kutipan jawaban peserta) pada kolom catatan. Jangan menjumlahkan nilai.',
  weight: 'Bobot {weight}%',
  indicators: 'Indikator:',
  tick: 'Tanda',
  value: 'Nilai',
  level: 'Tingkat',
  anchor: 'Uraian perilaku (jangkar)',
  note: 'Catatan / bukti',
  noteRequired: 'WAJIB diisi bila nilai {min} atau {max}',
  overallNote: 'Catatan umum penguji',
  computedByApp:
    'Nilai dihitung oleh aplikasi. Lembar ini tidak memuat jumlah atau nilai akhir; panitia mengetik tanda centang di atas apa adanya.',
  signature: 'Tanda tangan penguji',
  date: 'Tanggal',
  sheetOf: 'Lembar {page} dari {pages}',
  aspects: 'aspek',
  timeSuffix: 'WIB',
} as const;

/** A label printed on the sheet. */
export type SheetLabel = keyof typeof id;

const en: Record<SheetLabel, string> = {
  title: 'SCORE SHEET',
  paperNotice: 'Paper sheet: typed into the app twice (double entry)',
  continued: 'continued',
  selection: 'Selection',
  formasi: 'Formasi',
  component: 'Component',
  session: 'Session',
  candidate: 'Candidate',
  nomorPeserta: 'Candidate number',
  assessor: 'Assessor',
  nip: 'Assessor NIP',
  noNip: 'no NIP (not a civil servant)',
  rubric: 'Rubric',
  rubricLine: '{title} · version {version} · fingerprint {short}',
  fullHash: 'SHA-256 of the rubric content: {hash}',
  howTo:
    "Tick or cross exactly one box for every aspect. Write the evidence (a summary of the candidate's actions or a short quote) in the note field. Do not add up the scores.",
  weight: 'Weight {weight}%',
  indicators: 'Indicators:',
  tick: 'Tick',
  value: 'Score',
  level: 'Level',
  anchor: 'Behaviour (anchor)',
  note: 'Note / evidence',
  noteRequired: 'REQUIRED for a score of {min} or {max}',
  overallNote: "Assessor's overall note",
  computedByApp:
    'Scores are computed by the application. This sheet carries no total or final score; the committee types the ticks above as they are.',
  signature: "Assessor's signature",
  date: 'Date',
  sheetOf: 'Page {page} of {pages}',
  aspects: 'aspects',
  timeSuffix: 'WIB',
};

const LABELS: Record<Language, Record<SheetLabel, string>> = { id, en };

/** The label `key` in `language`, with its `{name}` placeholders filled in. */
export function sheetLabel(
  language: Language,
  key: SheetLabel,
  params: Record<string, string | number> = {},
): string {
  return interpolate(LABELS[language][key], params);
}
