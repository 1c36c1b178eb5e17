/** Error messages of score entry (sittings and sheets), in both languages; errors.ts merges them. */

/** Indonesian. */
export const SHEET_ERRORS_ID = {
  'sitting.expired':
    'Sesi penilaian Anda sudah berakhir (lama tidak dipakai, atau PIN Anda diatur ulang). Pilih nama Anda dan masukkan PIN lagi; draf Anda tersimpan.',
  'sheet.notOnPanel':
    'Anda bukan anggota panel penguji untuk sesi ini. Minta sekretaris menetapkan panel.',
  'sheet.integrityRequired':
    'Setujui pakta integritas terlebih dahulu (menu Penguji), lalu kirim lembar penilaian.',
  'sheet.noRubric':
    'Komponen sesi ini belum memakai rubrik yang diterbitkan. Minta sekretaris memeriksa skema penilaian formasi.',
  'sheet.rubricChanged':
    'Rubrik komponen ini berubah sejak lembar dibuat. Muat ulang lembar dan nilai dengan rubrik yang berlaku.',
  'sheet.incomplete':
    'Lembar belum lengkap: {count} aspek belum dinilai ({aspects}). Nilai semua aspek lalu kirim.',
  'sheet.invalidLevel':
    'Nilai di luar skala pada aspek {aspects}. Pilih salah satu tingkat rubrik.',
  'sheet.unknownAspect': 'Aspek {aspects} tidak ada di rubrik ini. Muat ulang lembar.',
  'sheet.noteRequired':
    'Rubrik mewajibkan catatan (bukti) untuk nilai terendah atau tertinggi pada aspek {aspects}. Tulis catatannya lalu kirim.',
  'sheet.alreadySubmitted':
    'Lembar ini sudah dikirim dan tidak dapat diubah. Untuk memperbaikinya, buat perubahan (amandemen) dengan alasan.',
  'sheet.notFound': 'Lembar penilaian tidak ditemukan. Muat ulang antrean.',
  'sheet.notCurrent':
    'Lembar ini sudah diganti oleh versi yang lebih baru. Muat ulang untuk melihat versi terakhir.',
  'sheet.locked':
    'Lembar penilaian penguji lain hanya dapat diubah oleh ketua setelah ketua membukanya dengan alasan.',
  'sheet.reasonRequired': 'Tulis alasan perubahan. Alasan disimpan bersama riwayat lembar.',
  'sheet.sealed':
    'Nilai penguji lain disegel sampai Anda mengirim lembar Anda sendiri untuk peserta ini.',
  'sheet.badSignature':
    'Tanda tangan digital lembar tidak sah. Lembar ditolak; laporkan ke ketua panitia.',
  'sheet.invalid': 'Lembar penilaian tidak sah ({detail}) dan ditolak. Laporkan ke ketua panitia.',
} as const;

/** English, with the same codes. */
export const SHEET_ERRORS_EN: Record<keyof typeof SHEET_ERRORS_ID, string> = {
  'sitting.expired':
    'Your scoring sitting has ended (unused for too long, or your PIN was reset). Pick your name and enter your PIN again; your drafts are saved.',
  'sheet.notOnPanel':
    'You are not on the assessor panel of this session. Ask the secretary to set the panel.',
  'sheet.integrityRequired':
    'Accept the integrity statement first (Assessors page), then submit the sheet.',
  'sheet.noRubric':
    "This session's component does not use a published rubric yet. Ask the secretary to check the formasi's scoring plan.",
  'sheet.rubricChanged':
    "This component's rubric changed since the sheet was made. Reload the sheet and score on the rubric in force.",
  'sheet.incomplete':
    'The sheet is not complete: {count} aspects have no score ({aspects}). Score every aspect, then submit.',
  'sheet.invalidLevel':
    'A score is outside the scale on aspect {aspects}. Choose one of the rubric levels.',
  'sheet.unknownAspect': 'Aspect {aspects} is not in this rubric. Reload the sheet.',
  'sheet.noteRequired':
    'The rubric requires a note (evidence) for the lowest or highest level on aspect {aspects}. Write the note, then submit.',
  'sheet.alreadySubmitted':
    'This sheet was submitted and cannot change. To correct it, make an amendment with a reason.',
  'sheet.notFound': 'Score sheet not found. Reload the queue.',
  'sheet.notCurrent':
    'This sheet has been replaced by a newer version. Reload to see the latest version.',
  'sheet.locked':
    "Another assessor's sheet can be changed only by the chair, after the chair unlocks it with a reason.",
  'sheet.reasonRequired': 'Write the reason for the change. It is kept with the sheet history.',
  'sheet.sealed':
    "Other assessors' scores are sealed until you submit your own sheet for this candidate.",
  'sheet.badSignature':
    "The sheet's digital signature is not valid. The sheet was refused; report it to the committee chair.",
  'sheet.invalid':
    'The score sheet is not valid ({detail}) and was refused. Report it to the committee chair.',
};
