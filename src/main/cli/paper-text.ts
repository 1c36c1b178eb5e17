/** Help and sentences of `panitia import scores` and `panitia sheets`, in both languages. */
import type { Language } from '../../shared/i18n/errors';
import { interpolate } from '../../shared/i18n/errors';

const id = {
  'help.importScores':
    'impor lembar penilaian kertas yang diketik dua kali (entri ganda); hanya lembar yang cocok di kedua berkas yang diimpor',
  'help.operatorA': 'NIP atau id operator yang mengetik berkas pertama',
  'help.operatorB':
    'NIP atau id operator yang mengetik berkas kedua; PIN-nya (PANITIA_PIN atau ditanyakan) menandatangani lembar',
  'help.fileA': 'berkas CSV/XLSX operator pertama',
  'help.fileB': 'berkas CSV/XLSX operator kedua',
  'help.check': 'hanya bandingkan dan laporkan, jangan ubah data',
  'help.format': 'format keluaran: table atau json',
  'help.sheets':
    'daftar lembar penilaian yang sudah dikirim, dengan nilai dan pemeriksaan tanda tangan',
  'help.candidate': 'hanya lembar peserta dengan nomor ini',
  pinPrompt: 'PIN {nama}: ',
  fileLine: 'Berkas {side}: {file} ({rows} baris, SHA-256 {sha}), diketik oleh {nama}',
  matchedLine:
    'Cocok di kedua berkas: {matched} lembar (siap diimpor {ready}, sudah ada {present}, tidak valid {invalid}).',
  mismatchTitle: 'Berbeda ({count} sel):',
  mismatchHead: 'peserta | komponen | penguji | kolom | A | B',
  mismatchRow: '{nomor} | {komponen} | {nip} | {column} | {a} | {b}',
  oneSidedTitle: 'Hanya ada di satu berkas ({count} lembar):',
  oneSidedRow: '{nomor} | {komponen} | {nip}: hanya di berkas {side}, baris {line}',
  presentTitle: 'Sudah dikirim sebelumnya, tidak diimpor ({count} lembar):',
  presentRow: '{nomor} | {komponen} | {nip}',
  problemsTitle: 'Masalah ({count}):',
  problemRow: 'Berkas {side} "{file}"{where}: {message}',
  problemLine: ', baris {line}',
  problemColumn: ', kolom {column}',
  checkOnly: 'Pemeriksaan saja: tidak ada data yang diubah.',
  imported: 'Diimpor {count} lembar transkripsi, ditandatangani oleh {nama}.',
  empty: '-',
  sheetsNone: 'Belum ada lembar penilaian yang dikirim.',
  sheetsHead:
    'peserta | nama | komponen | rubrik | penguji | nilai aspek | total | versi | asal | tanda tangan',
  sheetsRow:
    '{nomor} | {nama} | {komponen} | {hash} | {penguji} | {scores} | {total} | v{version}{superseded} | {origin} | {signature}',
  superseded: ' (diganti)',
  signatureOk: 'sah',
  signatureBad: 'TIDAK SAH',
  'origin.langsung': 'langsung',
  'origin.transkripsi': 'transkripsi kertas',
} as const;

/** A key of this file. */
export type PaperTextKey = keyof typeof id;

const en: Record<PaperTextKey, string> = {
  'help.importScores':
    'import paper score sheets typed twice (double entry); only sheets that match in both files are imported',
  'help.operatorA': 'NIP or id of the operator who typed the first file',
  'help.operatorB':
    'NIP or id of the operator who typed the second file; their PIN (PANITIA_PIN or asked) signs the sheets',
  'help.fileA': "the first operator's CSV/XLSX file",
  'help.fileB': "the second operator's CSV/XLSX file",
  'help.check': 'only compare and report, change nothing',
  'help.format': 'output format: table or json',
  'help.sheets': 'list submitted score sheets, with their scores and a signature check',
  'help.candidate': 'only the sheets of the candidate with this number',
  pinPrompt: 'PIN of {nama}: ',
  fileLine: 'File {side}: {file} ({rows} rows, SHA-256 {sha}), typed by {nama}',
  matchedLine:
    'Matching in both files: {matched} sheets (ready to import {ready}, already present {present}, invalid {invalid}).',
  mismatchTitle: 'Different ({count} cells):',
  mismatchHead: 'candidate | component | assessor | column | A | B',
  mismatchRow: '{nomor} | {komponen} | {nip} | {column} | {a} | {b}',
  oneSidedTitle: 'In one file only ({count} sheets):',
  oneSidedRow: '{nomor} | {komponen} | {nip}: only in file {side}, line {line}',
  presentTitle: 'Already submitted, not imported ({count} sheets):',
  presentRow: '{nomor} | {komponen} | {nip}',
  problemsTitle: 'Problems ({count}):',
  problemRow: 'File {side} "{file}"{where}: {message}',
  problemLine: ', line {line}',
  problemColumn: ', column {column}',
  checkOnly: 'Check only: no data was changed.',
  imported: 'Imported {count} transcribed sheets, signed by {nama}.',
  empty: '-',
  sheetsNone: 'No score sheet has been submitted yet.',
  sheetsHead:
    'candidate | name | component | rubric | assessor | aspect scores | total | version | origin | signature',
  sheetsRow:
    '{nomor} | {nama} | {komponen} | {hash} | {penguji} | {scores} | {total} | v{version}{superseded} | {origin} | {signature}',
  superseded: ' (superseded)',
  signatureOk: 'valid',
  signatureBad: 'INVALID',
  'origin.langsung': 'typed',
  'origin.transkripsi': 'paper transcription',
};

const TEXT: Record<Language, Record<PaperTextKey, string>> = { id, en };

/** A sentence of the paper and sheet commands in `language`. */
export function paperText(
  language: Language,
  key: PaperTextKey,
  params: Record<string, string | number> = {},
): string {
  return interpolate(TEXT[language][key], params);
}
