/** Descriptions shown by `panitia --help`, per language. */
import type { Language } from '../../shared/i18n/errors';

const id = {
  program: 'Panitia: aplikasi luring panitia seleksi ASN (baris perintah).',
  lang: 'bahasa keluaran: id atau en (bawaan: id, atau PANITIA_LANG)',
  db: 'berkas basis data Panitia (.db)',
  import: 'impor data',
  importCandidates: 'impor peserta dari berkas CSV atau XLSX; semua baris atau tidak sama sekali',
  importExternal:
    'impor nilai dari luar (SKB CAT, CAT PPPK, MS/TMS) dari berkas CSV atau XLSX; semua baris atau tidak sama sekali',
  selectionOptional: 'id seleksi tujuan (wajib bila basis data berisi lebih dari satu seleksi)',
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
  rubric: 'rubrik penilaian: daftar, tampilkan, ekspor, impor, terbitkan',
  rubricList: 'daftar semua versi rubrik',
  rubricShow: 'tampilkan satu versi rubrik: aspek, skala, patokan, dan hash isinya',
  rubricExport: 'ekspor satu versi rubrik ke berkas .rubrik.json',
  rubricImport: 'impor berkas .rubrik.json; berkas yang salah ditolak tanpa mengubah apa pun',
  rubricPublish: 'terbitkan draf rubrik; isinya tidak dapat diubah lagi',
  rubricId: 'id versi rubrik',
  out: 'berkas tujuan',
  rubricFile: 'berkas .rubrik.json',
  blankSheets:
    'cetak lembar penilaian kosong (PDF) sebuah sesi: satu lembar per peserta dan penguji panelnya',
  session: 'id sesi',
  candidate: 'hanya peserta dengan nomor ini (boleh diulang)',
  outPdf: 'berkas PDF tujuan',
  report:
    'cetak dokumen resmi (PDF): lembar penilaian terisi, daftar hadir, atau berita acara sebuah sesi; rekap nilai sebuah formasi; pengumuman hasil sebuah formasi atau seluruh seleksi',
  reportSession: 'id sesi (lembar, daftar-hadir, berita-acara)',
  reportFormasi: 'kode formasi (rekap: wajib; pengumuman: tanpa ini seluruh formasi)',
  kind: 'jenis dokumen',
  reportCandidate: 'lembar penilaian: hanya peserta dengan nomor ini',
  results:
    'ekspor hasil seleksi yang dapat dihitung ulang (JSON, docs/results-format.md) atau tabel pengumuman (CSV, XLSX)',
  resultsFormat: 'format berkas',
  resultsOut: 'berkas tujuan (tanpa ini: hasil-TAHUN-HASH.FORMAT di folder kerja)',
  resultsSelection: 'id seleksi (wajib bila basis data memuat lebih dari satu seleksi)',
  keys: 'kunci perangkat instalasi ini (Ed25519): tampilkan atau buat',
  keysShow: 'tampilkan id perangkat, sidik jari kunci, dan tanggal pembuatannya',
  keysCreate:
    'buat kunci perangkat, disegel dengan frasa sandi (diketik dua kali, atau PANITIA_PASSPHRASE)',
  trust: 'daftar kunci tepercaya: kunci publik yang diterima sebagai penandatangan bundel',
  trustAdd: 'catat kunci publik (dicocokkan di luar aplikasi) sebagai tepercaya',
  trustList: 'tampilkan kunci tepercaya, termasuk yang dicabut',
  trustRevoke: 'cabut kunci tepercaya dengan alasan; kunci tetap tercantum sebagai dicabut',
  trustKey: 'kunci publik Ed25519 mentah, base64 (seperti ditampilkan "panitia keys show")',
  trustLabel: 'label kunci, misalnya nama kantor atau pemiliknya',
  trustRole: 'peran pemilik kunci',
  trustFingerprint: 'sidik jari kunci (spasi dan huruf besar boleh)',
  trustReason: 'alasan pencabutan (wajib, tercatat di jurnal)',
  json: 'keluaran JSON',
  verify:
    'periksa bundel .panitia (setiap bita dan tanda tangan) dan, dengan --db, apakah penandatangannya tepercaya',
  verifyDb: 'basis data yang daftar kunci tepercayanya dipakai',
  verifyFile: 'berkas bundel .panitia',
  export:
    'tulis bundel hasil (.panitia): seluruh jurnal kantor ini, ditandatangani kunci perangkat (frasa sandi dari terminal atau PANITIA_PASSPHRASE)',
  outBundle: 'berkas bundel yang ditulis (.panitia)',
  exportSetup:
    'tulis paket persiapan (pusat → kantor) alih-alih bundel hasil: seleksi, formasi, peserta, rubrik terbit, nilai SKD (docs/setup-package.md)',
  exportOffice: 'nama kantor pelaksana penerima paket persiapan (wajib dengan --setup)',
} as const;

/** A help-text key. */
export type HelpKey = keyof typeof id;

const en: Record<HelpKey, string> = {
  program: 'Panitia: offline app for ASN selection committees (command line).',
  lang: 'output language: id or en (default: id, or PANITIA_LANG)',
  db: 'Panitia database file (.db)',
  import: 'import data',
  importCandidates: 'import candidates from a CSV or XLSX file; every row or none',
  importExternal:
    'import external scores (SKB CAT, CAT PPPK, MS/TMS) from a CSV or XLSX file; every row or none',
  selectionOptional: 'id of the target selection (required when the database holds more than one)',
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
  rubric: 'scoring rubrics: list, show, export, import, publish',
  rubricList: 'list every rubric version',
  rubricShow: 'show one rubric version: aspects, scale, anchors and its content hash',
  rubricExport: 'export one rubric version to a .rubrik.json file',
  rubricImport: 'import a .rubrik.json file; a bad file is refused and nothing changes',
  rubricPublish: 'publish a rubric draft; its content can never change again',
  rubricId: 'rubric version id',
  out: 'target file',
  rubricFile: '.rubrik.json file',
  blankSheets:
    "print a session's blank score sheets (PDF): one sheet per candidate and panel assessor",
  session: 'session id',
  candidate: 'only the candidate with this number (may be repeated)',
  outPdf: 'target PDF file',
  report:
    "print an official document (PDF): a session's submitted score sheets, attendance list or minutes; a formasi's score recap; the results announcement of a formasi or of the whole selection",
  reportSession: 'session id (lembar, daftar-hadir, berita-acara)',
  reportFormasi: 'formasi code (rekap: required; pengumuman: every formasi without it)',
  kind: 'kind of document',
  reportCandidate: 'score sheets: only the candidate with this number',
  results:
    'export the selection results so they can be recomputed (JSON, docs/results-format.md) or the announcement table (CSV, XLSX)',
  resultsFormat: 'file format',
  resultsOut: 'target file (without it: hasil-YEAR-HASH.FORMAT in the working folder)',
  resultsSelection: 'selection id (required when the database holds more than one selection)',
  keys: "this installation's device key (Ed25519): show or create",
  keysShow: 'show the device id, the key fingerprint and its creation date',
  keysCreate:
    'create the device key, sealed with a passphrase (typed twice, or PANITIA_PASSPHRASE)',
  trust: 'trust registry: the public keys accepted as bundle signers',
  trustAdd: 'pin a public key (compared out of band) as trusted',
  trustList: 'list the trusted keys, revoked ones included',
  trustRevoke: 'revoke a trusted key with a reason; it stays listed as revoked',
  trustKey: 'raw Ed25519 public key, base64 (as "panitia keys show" prints it)',
  trustLabel: 'key label, for example the office or owner',
  trustRole: "the key owner's role",
  trustFingerprint: 'key fingerprint (spaces and capitals allowed)',
  trustReason: 'reason for the revocation (required, kept in the journal)',
  json: 'JSON output',
  verify:
    'check a .panitia bundle (every byte and the signature) and, with --db, whether its signer is trusted',
  verifyDb: 'database whose trust registry to use',
  verifyFile: '.panitia bundle file',
  export:
    "write the result bundle (.panitia): this office's whole journal, signed by the device key (passphrase from the terminal or PANITIA_PASSPHRASE)",
  outBundle: 'the bundle file to write (.panitia)',
  exportSetup:
    'write the setup package (central → office) instead of the result bundle: selection, formasi, candidates, published rubrics, SKD scores (docs/setup-package.md)',
  exportOffice: 'name of the office receiving the setup package (required with --setup)',
};

/** Every help text per language. */
export const HELP_TEXT: Record<Language, Record<HelpKey, string>> = { id, en };
