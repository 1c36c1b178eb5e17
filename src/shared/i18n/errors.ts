/**
 * Translated error messages, shared by the main process, the CLI and the renderer so that the
 * same code reads the same everywhere. Indonesian is the default; every code exists in both.
 */
import { DEVICE_KEY_ERRORS_EN, DEVICE_KEY_ERRORS_ID } from './device-key-errors';
import { BUNDLE_ERRORS_EN, BUNDLE_ERRORS_ID } from './bundle-errors';
import { EXTERNAL_ERRORS_EN, EXTERNAL_ERRORS_ID } from './external-errors';
import { PAPER_ERRORS_EN, PAPER_ERRORS_ID } from './paper-errors';
import { SHEET_ERRORS_EN, SHEET_ERRORS_ID } from './sheet-errors';
import { SETUP_ERRORS_EN, SETUP_ERRORS_ID } from './setup-errors';
import { TRUST_ERRORS_EN, TRUST_ERRORS_ID } from './trust-errors';
import { MERGE_ERRORS_EN, MERGE_ERRORS_ID } from './merge-errors';
import { TRANSFER_JOB_ERRORS_EN, TRANSFER_JOB_ERRORS_ID } from './transfer-job-errors';

/** Supported UI languages; the first is the default. */
export const LANGUAGES = ['id', 'en'] as const;
/** A supported UI language. */
export type Language = (typeof LANGUAGES)[number];

const id = {
  ...SHEET_ERRORS_ID,
  ...PAPER_ERRORS_ID,
  ...EXTERNAL_ERRORS_ID,
  ...DEVICE_KEY_ERRORS_ID,
  ...BUNDLE_ERRORS_ID,
  ...TRUST_ERRORS_ID,
  ...MERGE_ERRORS_ID,
  ...TRANSFER_JOB_ERRORS_ID,
  ...SETUP_ERRORS_ID,
  'request.invalid': 'Permintaan tidak valid: {detail}. Periksa isian lalu coba lagi.',
  'request.unknownChannel': 'Perintah "{channel}" tidak dikenal oleh aplikasi ini.',
  'request.forbidden': 'Permintaan ditolak: pengirim tidak dikenal.',
  'request.unauthorized':
    'Token akses tidak ada atau salah. Buka alamat yang dicetak oleh "npm run web".',
  internal:
    'Terjadi kesalahan internal. Data Anda tidak berubah. Coba lagi; jika berulang, laporkan ke admin.',
  'store.tooNew':
    'Basis data ini dibuat oleh versi Panitia yang lebih baru (skema {found}, aplikasi ini mendukung sampai {supported}). Perbarui Panitia; jangan membuka basis data ini dengan versi lama.',
  'store.corrupt':
    'Basis data rusak ({detail}). Jangan menulis apa pun; pulihkan dari cadangan di folder "{backupDir}".',
  'store.locked':
    'Basis data sedang dipakai oleh proses lain. Tutup aplikasi Panitia lain lalu coba lagi.',
  'journal.invalidPayload': 'Isi entri jurnal "{kind}" tidak valid: {detail}.',
  'journal.unknownKind': 'Jenis entri jurnal "{kind}" tidak dikenal oleh versi ini.',
  'audit.entryNotFound':
    'Entri jurnal nomor {seq} dari perangkat {device} tidak ditemukan. Muat ulang jejak audit.',
  'selection.notFound':
    'Seleksi tidak ditemukan. Mungkin sudah dihapus; muat ulang daftar seleksi.',
  'formasi.notFound': 'Formasi tidak ditemukan. Muat ulang daftar formasi.',
  'formasi.duplicateCode': 'Kode formasi "{code}" sudah dipakai di seleksi ini. Gunakan kode lain.',
  'formasi.hasCandidates':
    'Formasi "{code}" masih memiliki {count} peserta dan tidak dapat dihapus. Pindahkan atau hapus pesertanya dahulu.',
  'candidate.notFound': 'Peserta tidak ditemukan. Muat ulang daftar peserta.',
  'import.invalidRows':
    '{invalid} dari {total} baris tidak valid; tidak ada yang diimpor. Perbaiki baris yang ditandai, atau impor baris yang valid saja.',
  'import.emptyFile':
    'Berkas tidak berisi baris data. Periksa bahwa baris pertama adalah judul kolom.',
  'import.missingColumns':
    'Kolom wajib tidak ditemukan: {columns}. Tambahkan kolom tersebut pada baris judul.',
  'import.unreadableFile': 'Berkas "{file}" tidak dapat dibaca sebagai CSV atau XLSX ({detail}).',
  'import.unsupportedFormat': 'Format berkas "{file}" tidak didukung. Gunakan .csv atau .xlsx.',
  'import.tooLarge':
    'Berkas terlalu besar ({size} MB; batas {limit} MB). Pecah menjadi beberapa berkas.',
  'import.duplicateColumns':
    'Kolom {field} muncul lebih dari sekali ({columns}). Hapus atau ganti judul salah satunya.',
  'import.unclosedQuote':
    'Tanda kutip (") yang dibuka pada baris {line} tidak pernah ditutup, sehingga sisa berkas tidak terbaca. Perbaiki tanda kutip pada baris itu.',
  'import.nothingValid': 'Tidak ada baris valid untuk diimpor.',
  'import.cancelled': 'Impor dibatalkan. Tidak ada data yang diubah.',
  'import.fileChanged':
    'Berkas berubah sejak diperiksa. Tidak ada data yang diubah; periksa berkas itu lagi sebelum mengimpor.',
  'file.notFound': 'Berkas "{file}" tidak ditemukan.',
  'rubric.notFound': 'Rubrik tidak ditemukan. Muat ulang daftar rubrik.',
  'rubric.notDraft':
    'Rubrik versi {version} sudah diterbitkan atau dipensiunkan dan tidak dapat diubah. Buat versi baru untuk mengubahnya.',
  'rubric.invalid':
    'Rubrik belum dapat diterbitkan: {count} masalah. Perbaiki masalah yang ditandai lalu terbitkan lagi.',
  'rubric.fileInvalid':
    'Berkas rubrik "{file}" ditolak: {count} masalah. Tidak ada yang diubah; perbaiki berkasnya atau minta berkas baru dari pengirim.',
  'rubric.hashMismatch':
    'Isi berkas rubrik "{file}" tidak cocok dengan hash-nya: berkas telah diubah setelah diekspor. Tidak ada yang diubah; minta berkas asli dari pengirim.',
  'rubric.versionConflict':
    'Rubrik dengan identitas yang sama (versi {version}) sudah ada dengan isi yang berbeda. Tidak ada yang diubah; periksa asal berkas ini.',
  'rubric.draftExists':
    'Rubrik ini sudah memiliki draf versi {version}. Lanjutkan menyunting draf itu.',
  'rubric.notPublished':
    'Langkah ini hanya untuk rubrik yang sudah diterbitkan, sedangkan rubrik ini masih draf atau sudah dipensiunkan.',
  'rubric.inUse':
    'Rubrik ini dipakai oleh {count} formasi dan tidak dapat dipensiunkan. Ganti rubrik pada formasi tersebut dahulu.',
  'rubric.templateNotFound': 'Templat rubrik "{template}" tidak ditemukan.',
  'plan.invalid':
    'Skema penilaian belum dapat disimpan: {count} masalah. Perbaiki masalah yang ditandai.',
  'plan.lockedNeedsReason':
    'Skema penilaian formasi ini sudah dikunci. Tuliskan alasan perubahan; alasan itu dicatat di jurnal.',
  'plan.alreadyLocked': 'Skema penilaian formasi ini sudah dikunci sejak {lockedAt}.',
  'plan.notFound': 'Formasi ini belum memiliki skema penilaian. Simpan skemanya dahulu.',
  'assessor.notFound': 'Penguji tidak ditemukan. Muat ulang daftar penguji.',
  'assessor.duplicateNip': 'NIP {nip} sudah terdaftar sebagai penguji di seleksi ini.',
  'assessor.pinFormat': 'PIN harus terdiri atas {min} sampai {max} angka, tanpa huruf atau spasi.',
  'assessor.pinTooSimple':
    'PIN terlalu mudah ditebak: jangan memakai angka yang sama semua atau angka berurutan seperti 123456 atau 654321. Pilih PIN lain.',
  'assessor.wrongPin':
    'PIN salah. Periksa lalu coba lagi; setelah 5 kali salah berturut-turut, PIN dikunci sementara.',
  'assessor.lockedOut':
    'PIN terlalu sering salah dan dikunci sampai {until}. Tunggu sampai waktu itu; jika lupa PIN, minta ketua panitia mengatur ulang PIN Anda.',
  'assessor.keyUnavailable':
    'Kunci tanda tangan penguji ini tidak tersedia di perangkat ini (misalnya didaftarkan atau diatur ulang di laptop lain). Minta ketua panitia mengatur ulang PIN di perangkat ini.',
  'assessor.notChair': 'Hanya ketua panitia seleksi ini yang dapat mengatur ulang PIN penguji.',
  'assessor.keyVersionConflict':
    'Kunci penguji ini sudah diganti (versi {current}); pengaturan ulang ini tidak berlaku. Muat ulang data penguji.',
  'assessor.observerReadOnly':
    'Pengamat hanya dapat melihat kemajuan dan jejak audit, tidak dapat mengubah data apa pun.',
  'assessor.conflicted':
    'Anda telah menyatakan konflik kepentingan dengan peserta ini, sehingga tidak dapat menilainya.',
  'assessor.conflictExists': 'Konflik kepentingan dengan peserta ini sudah dinyatakan sebelumnya.',
  'assessor.candidateOtherSelection':
    'Peserta ini tidak terdaftar di seleksi penguji tersebut. Pilih peserta dari seleksi yang sama.',
  'session.notFound': 'Sesi tidak ditemukan. Muat ulang daftar sesi.',
  'incident.notChair':
    'Hanya ketua panitia seleksi ini yang dapat mencatat kejadian khusus. Pilih nama ketua.',
  'session.componentNotScored':
    'Komponen "{component}" tidak ada di skema penilaian formasi ini atau tidak dinilai dengan rubrik. Periksa skema penilaian formasi.',
  'session.candidateOtherFormasi':
    'Peserta {nomor} bukan peserta formasi sesi ini. Jadwalkan peserta dari formasi yang sama.',
  'session.alreadyScheduled':
    'Peserta {nomor} sudah dijadwalkan di sesi lain untuk komponen ini. Seorang peserta hanya sekali per komponen.',
  'session.duplicateCandidate': 'Ada peserta yang tercantum lebih dari sekali. Hapus duplikatnya.',
  'session.notScheduled': 'Peserta ini tidak dijadwalkan di sesi ini. Periksa jadwal sesi.',
  'panel.duplicateAssessor': 'Ada penguji yang tercantum lebih dari sekali. Hapus duplikatnya.',
  'panel.assessorOtherSelection':
    'Penguji ini tidak terdaftar di seleksi sesi ini. Pilih penguji dari seleksi yang sama.',
  'panel.drawTooLarge':
    'Tidak dapat mengundi {size} penguji dari {pool} calon. Tambah calon penguji atau kurangi jumlahnya.',
  'panel.drawMismatch':
    'Hasil undian tidak sesuai dengan benihnya (seed). Undian ini ditolak; lakukan undian ulang.',
  'attendance.documentMismatch':
    'Jika identitas sudah diperiksa, pilih dokumen yang dilihat; jika belum, kosongkan dokumen.',
  'attendance.absentIdentity':
    'Peserta yang tidak hadir tidak dapat ditandai identitasnya diperiksa.',
  'attendance.absent':
    'Peserta ini tidak hadir (TH) pada komponen ini sehingga tidak dapat dinilai.',
  'attendance.notCheckedIn':
    'Peserta ini belum melakukan registrasi kehadiran. Catat kehadirannya di meja registrasi dahulu.',
  'candidate.withdrawn': 'Peserta ini mengundurkan diri (APS) sehingga tidak dapat dinilai.',
  'candidate.disqualified': 'Peserta ini didiskualifikasi (DIS) sehingga tidak dapat dinilai.',
  'candidate.reasonRequired': 'Status {status} memerlukan alasan tertulis. Isi alasannya.',
  'candidate.statusUnchanged': 'Status peserta ini sudah {status}.',
  'document.noCandidates':
    'Tidak ada peserta untuk dicetak. Jadwalkan peserta di sesi ini atau pilih sedikitnya satu peserta.',
  'document.noPanel':
    'Tidak ada lembar untuk dicetak: tidak ada penguji untuk peserta yang dipilih (panel kosong, atau semua penguji menyatakan konflik kepentingan). Tetapkan panel penguji sesi ini dahulu.',
  'document.unknownNomor':
    'Nomor peserta {nomor} tidak dijadwalkan di sesi ini. Periksa nomornya atau jadwal sesi.',
  'document.noRubric':
    'Komponen "{component}" tidak memakai versi rubrik yang diterbitkan. Pilih rubrik terbit di skema penilaian formasi, lalu cetak lagi.',
  'document.needsSession': 'Dokumen ini dicetak per sesi. Pilih sesinya (--session).',
  'document.needsFormasi': 'Dokumen ini dicetak per formasi. Pilih formasinya (--formasi KODE).',
  'results.needsSelection':
    'Basis data ini memuat lebih dari satu seleksi. Pilih seleksinya (--selection ID).',
  'document.ambiguousFormasi':
    'Kode formasi {code} ada di lebih dari satu seleksi dalam basis data ini. Cetak dari aplikasi.',
  'document.noPlan':
    'Formasi ini belum memiliki skema penilaian, sehingga belum ada hasil untuk dicetak. Tetapkan skema penilaiannya dahulu.',
  'document.noSheets':
    'Belum ada lembar penilaian yang diserahkan untuk dicetak di sesi ini (atau untuk peserta ini).',
} as const;

/** A stable error code. */
export type ErrorCode = keyof typeof id;

const en: Record<ErrorCode, string> = {
  ...SHEET_ERRORS_EN,
  ...PAPER_ERRORS_EN,
  ...EXTERNAL_ERRORS_EN,
  ...DEVICE_KEY_ERRORS_EN,
  ...BUNDLE_ERRORS_EN,
  ...TRUST_ERRORS_EN,
  ...MERGE_ERRORS_EN,
  ...TRANSFER_JOB_ERRORS_EN,
  ...SETUP_ERRORS_EN,
  'request.invalid': 'Invalid request: {detail}. Check the fields and try again.',
  'request.unknownChannel': 'The command "{channel}" is not known to this app.',
  'request.forbidden': 'Request refused: unknown sender.',
  'request.unauthorized':
    'Missing or wrong access token. Open the address printed by "npm run web".',
  internal:
    'An internal error occurred. Your data was not changed. Try again; if it repeats, report it to the administrator.',
  'store.tooNew':
    'This database was written by a newer version of Panitia (schema {found}; this app supports up to {supported}). Update Panitia; do not open this database with an older version.',
  'store.corrupt':
    'The database is damaged ({detail}). Do not write anything; restore it from a backup in "{backupDir}".',
  'store.locked':
    'The database is in use by another process. Close the other Panitia window and try again.',
  'journal.invalidPayload': 'The content of journal entry "{kind}" is invalid: {detail}.',
  'journal.unknownKind': 'Journal entry kind "{kind}" is not known to this version.',
  'audit.entryNotFound':
    'Journal entry number {seq} of device {device} was not found. Reload the audit trail.',
  'selection.notFound':
    'Selection not found. It may have been removed; reload the list of selections.',
  'formasi.notFound': 'Formasi not found. Reload the list of formasi.',
  'formasi.duplicateCode':
    'Formasi code "{code}" is already used in this selection. Use another code.',
  'formasi.hasCandidates':
    'Formasi "{code}" still has {count} candidates and cannot be deleted. Move or remove its candidates first.',
  'candidate.notFound': 'Candidate not found. Reload the list of candidates.',
  'import.invalidRows':
    '{invalid} of {total} rows are invalid; nothing was imported. Fix the marked rows, or import the valid rows only.',
  'import.emptyFile':
    'The file has no data rows. Check that the first row holds the column headings.',
  'import.missingColumns': 'Required columns not found: {columns}. Add them to the heading row.',
  'import.unreadableFile': 'The file "{file}" cannot be read as CSV or XLSX ({detail}).',
  'import.unsupportedFormat': 'The format of "{file}" is not supported. Use .csv or .xlsx.',
  'import.tooLarge':
    'The file is too large ({size} MB; the limit is {limit} MB). Split it into several files.',
  'import.duplicateColumns':
    'The column {field} appears more than once ({columns}). Remove or rename one of them.',
  'import.unclosedQuote':
    'A quotation mark (") opened on row {line} is never closed, so the rest of the file cannot be read. Fix the quotes on that row.',
  'import.nothingValid': 'There are no valid rows to import.',
  'import.cancelled': 'Import cancelled. No data was changed.',
  'import.fileChanged':
    'The file changed since it was checked. No data was changed; check the file again before importing.',
  'file.notFound': 'File "{file}" not found.',
  'rubric.notFound': 'Rubric not found. Reload the list of rubrics.',
  'rubric.notDraft':
    'Rubric version {version} is already published or retired and cannot change. Create a new version to change it.',
  'rubric.invalid':
    'The rubric cannot be published yet: {count} problems. Fix the marked problems and publish again.',
  'rubric.fileInvalid':
    'Rubric file "{file}" was refused: {count} problems. Nothing changed; fix the file or ask the sender for a new one.',
  'rubric.hashMismatch':
    'The content of rubric file "{file}" does not match its hash: the file was changed after export. Nothing changed; ask the sender for the original file.',
  'rubric.versionConflict':
    'A rubric with the same identity (version {version}) already exists with different content. Nothing changed; check where this file came from.',
  'rubric.draftExists':
    'This rubric already has a draft, version {version}. Go on editing that draft.',
  'rubric.notPublished':
    'This step is only for a published rubric; this one is still a draft or already retired.',
  'rubric.inUse':
    'This rubric is used by {count} formasi and cannot be retired. Choose another rubric for them first.',
  'rubric.templateNotFound': 'Rubric template "{template}" not found.',
  'plan.invalid':
    'The scoring plan cannot be saved yet: {count} problems. Fix the marked problems.',
  'plan.lockedNeedsReason':
    "This formasi's scoring plan is locked. Write the reason for the change; it is recorded in the journal.",
  'plan.alreadyLocked': "This formasi's scoring plan has been locked since {lockedAt}.",
  'plan.notFound': 'This formasi has no scoring plan yet. Save its plan first.',
  'assessor.notFound': 'Assessor not found. Reload the list of assessors.',
  'assessor.duplicateNip': 'NIP {nip} is already enrolled as an assessor in this selection.',
  'assessor.pinFormat': 'A PIN is {min} to {max} digits, with no letters or spaces.',
  'assessor.pinTooSimple':
    'This PIN is too easy to guess: do not use one digit repeated or a run such as 123456 or 654321. Choose another PIN.',
  'assessor.wrongPin':
    'Wrong PIN. Check it and try again; after 5 wrong PINs in a row the PIN is locked for a while.',
  'assessor.lockedOut':
    'Too many wrong PINs: locked until {until}. Wait until then; if the PIN is forgotten, ask the committee chair to reset it.',
  'assessor.keyUnavailable':
    "This assessor's signing key is not available on this device (for example, they were enrolled or reset on another laptop). Ask the committee chair to reset the PIN on this device.",
  'assessor.notChair': "Only this selection's committee chair can reset an assessor's PIN.",
  'assessor.keyVersionConflict':
    "This assessor's key has already been replaced (version {current}); this reset does not apply. Reload the assessors.",
  'assessor.observerReadOnly':
    'An observer can view progress and the audit trail, but cannot change anything.',
  'assessor.conflicted':
    'You declared a conflict of interest with this candidate, so you cannot assess them.',
  'assessor.conflictExists': 'A conflict of interest with this candidate was already declared.',
  'assessor.candidateOtherSelection':
    "This candidate is not in the assessor's selection. Choose a candidate of the same selection.",
  'session.notFound': 'Session not found. Reload the list of sessions.',
  'incident.notChair':
    "Only this selection's committee chair can record an incident. Choose the chair's name.",
  'session.componentNotScored':
    'The component "{component}" is not in this formasi\'s scoring plan or is not scored on a rubric. Check the formasi\'s scoring plan.',
  'session.candidateOtherFormasi':
    "Candidate {nomor} is not in this session's formasi. Schedule candidates of the same formasi.",
  'session.alreadyScheduled':
    'Candidate {nomor} is already scheduled in another session for this component. A candidate sits each component once.',
  'session.duplicateCandidate': 'A candidate is listed more than once. Remove the duplicate.',
  'session.notScheduled': 'This candidate is not scheduled in this session. Check the schedule.',
  'panel.duplicateAssessor': 'An assessor is listed more than once. Remove the duplicate.',
  'panel.assessorOtherSelection':
    "This assessor is not enrolled in the session's selection. Choose assessors of the same selection.",
  'panel.drawTooLarge':
    'Cannot draw {size} assessors from {pool}. Add assessors to the pool or draw fewer.',
  'panel.drawMismatch':
    'The draw result does not follow from its seed. The draw is refused; draw again.',
  'attendance.documentMismatch':
    'When the identity is checked, choose the document seen; when it is not, leave the document empty.',
  'attendance.absentIdentity': "An absent candidate's identity cannot be marked as checked.",
  'attendance.absent': 'This candidate is absent (TH) for this component and cannot be scored.',
  'attendance.notCheckedIn':
    'This candidate has not been checked in. Record their attendance at the desk first.',
  'candidate.withdrawn': 'This candidate withdrew (APS) and cannot be scored.',
  'candidate.disqualified': 'This candidate was disqualified (DIS) and cannot be scored.',
  'candidate.reasonRequired': 'The status {status} needs a written reason. Enter the reason.',
  'candidate.statusUnchanged': "This candidate's status is already {status}.",
  'document.noCandidates':
    'There is no candidate to print. Schedule candidates in this session or choose at least one candidate.',
  'document.noPanel':
    'There is no sheet to print: no assessor can score the chosen candidates (the panel is empty, or every assessor declared a conflict of interest). Assign the panel of this session first.',
  'document.unknownNomor':
    'Candidate number {nomor} is not scheduled in this session. Check the number or the session schedule.',
  'document.noRubric':
    'The component "{component}" does not use a published rubric version. Choose a published rubric in the formasi\'s scoring plan, then print again.',
  'document.needsSession': 'This document is printed per session. Choose the session (--session).',
  'document.needsFormasi':
    'This document is printed per formasi. Choose the formasi (--formasi CODE).',
  'results.needsSelection':
    'This database holds more than one selection. Choose the selection (--selection ID).',
  'document.ambiguousFormasi':
    'Formasi code {code} exists in more than one selection of this database. Print from the app.',
  'document.noPlan':
    'This formasi has no scoring plan yet, so there are no results to print. Set its scoring plan first.',
  'document.noSheets':
    'No score sheet has been submitted yet in this session (or for this candidate), so there is nothing to print.',
};

/** Every error message, per language. */
export const ERROR_MESSAGES: Record<Language, Record<ErrorCode, string>> = { id, en };

/** Fills `{name}` placeholders in a message. */
export function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The message for `code` in `language`, with its parameters filled in. */
export function errorMessage(
  code: ErrorCode,
  params: Record<string, string | number>,
  language: Language = 'id',
): string {
  return interpolate(ERROR_MESSAGES[language][code], params);
}
