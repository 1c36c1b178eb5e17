/**
 * Messages of the paper-sheet import (double entry), in both languages; errors.ts merges them.
 * Row problems name what was read and what to do; request errors say what to choose instead.
 */

/** Indonesian. */
export const PAPER_ERRORS_ID = {
  'paper.missingColumns':
    'Kolom wajib tidak ditemukan: {columns}. Baris pertama berkas harus berisi judul kolom nomor_peserta, komponen dan nip_penguji.',
  'paper.duplicateColumn':
    'Kolom "{column}" muncul lebih dari sekali. Hapus atau ganti judul salah satunya.',
  'paper.missingValue': 'Kolom {column} kosong. Isi sesuai lembar kertasnya.',
  'paper.identifierAsNumber':
    'Nilai "{value}" tersimpan sebagai angka dan mungkin kehilangan digit. Format kolom itu sebagai Teks lalu ketik ulang.',
  'paper.unknownCandidate':
    'Nomor peserta "{value}" tidak ada di seleksi ini. Periksa nomor pada lembar kertas.',
  'paper.unknownComponent':
    'Komponen "{value}" tidak dinilai dengan rubrik pada formasi peserta {nomor}. Tulis kunci komponen dari skema penilaian (mis. wawancara).',
  'paper.notScheduled':
    'Peserta {nomor} tidak dijadwalkan pada sesi mana pun untuk komponen {komponen}. Periksa jadwal sesi.',
  'paper.unknownAssessor':
    'Penguji "{value}" tidak ditemukan di seleksi ini. Tulis NIP penguji (atau id-nya bila tidak ber-NIP).',
  'paper.notOnPanel':
    'Penguji {assessor} bukan anggota panel peserta {nomor} pada komponen ini. Periksa nama penguji pada lembar kertas.',
  'paper.conflicted':
    'Penguji {assessor} menyatakan konflik kepentingan dengan peserta {nomor} dan tidak boleh menilainya.',
  'paper.observerAssessor': '{assessor} adalah pengamat dan tidak menilai peserta.',
  'paper.absent':
    'Peserta {nomor} tidak hadir (TH) pada komponen ini sehingga tidak dapat dinilai.',
  'paper.notCheckedIn':
    'Peserta {nomor} belum dicatat hadir pada sesi ini. Catat kehadirannya di meja registrasi dahulu.',
  'paper.withdrawn': 'Peserta {nomor} mengundurkan diri (APS) sehingga tidak dapat dinilai.',
  'paper.disqualified': 'Peserta {nomor} didiskualifikasi (DIS) sehingga tidak dapat dinilai.',
  'paper.noRubric':
    'Komponen {komponen} belum memakai rubrik yang diterbitkan. Minta sekretaris memeriksa skema penilaian.',
  'paper.levelMissing': 'Nilai aspek {aspect} kosong. Salin nilainya dari lembar kertas.',
  'paper.levelInvalid':
    'Nilai "{value}" pada aspek {aspect} bukan tingkat rubrik (bilangan bulat {min}–{max}). Salin nilainya dari lembar kertas.',
  'paper.noteRequired':
    'Rubrik mewajibkan catatan (bukti) untuk nilai terendah atau tertinggi pada aspek {aspect}. Salin catatannya dari lembar kertas.',
  'paper.noteTooLong': 'Catatan lebih dari {max} karakter. Persingkat catatannya.',
  'paper.aspectNotInRubric':
    'Aspek {aspect} tidak ada di rubrik komponen {komponen}; kosongkan sel itu.',
  'paper.duplicateRow':
    'Lembar yang sama (peserta, komponen, penguji) sudah ada di baris {line}. Hapus salah satunya.',
  'paper.duplicateRowFirst':
    'Lembar yang sama (peserta, komponen, penguji) muncul lagi di baris {lines}. Hapus salah satunya.',
  'paper.operatorNotFound':
    'Operator "{value}" tidak ditemukan. Tulis NIP atau id penguji yang mengetik berkas itu.',
  'paper.operatorObserver':
    '{nama} adalah pengamat dan tidak dapat menjadi operator entri. Pilih penguji, sekretaris atau ketua.',
  'paper.operatorOtherSelection': 'Kedua operator harus anggota panitia seleksi yang sama.',
  'paper.sameOperator':
    'Entri ganda harus diketik oleh dua orang yang berbeda. Pilih operator kedua yang lain.',
  'paper.sameFile':
    'Kedua berkas sama persis. Entri ganda memerlukan dua berkas yang diketik terpisah oleh dua operator.',
  'paper.invalidRows':
    'Ada {count} masalah pada berkas; tidak ada lembar yang diimpor. Perbaiki baris yang ditandai lalu periksa lagi.',
  'paper.nothingToImport':
    'Tidak ada lembar yang cocok di kedua berkas untuk diimpor. Perbaiki perbedaan yang ditandai lalu periksa lagi.',
  'paper.pinRequired':
    'PIN operator kedua diperlukan untuk menandatangani lembar. Setel variabel lingkungan PANITIA_PIN, atau jalankan perintah di terminal agar PIN ditanyakan.',
} as const;

/** English, with the same codes. */
export const PAPER_ERRORS_EN: Record<keyof typeof PAPER_ERRORS_ID, string> = {
  'paper.missingColumns':
    'Required columns not found: {columns}. The first row of the file must hold the headings nomor_peserta, komponen and nip_penguji.',
  'paper.duplicateColumn':
    'The column "{column}" appears more than once. Delete one of them or change its heading.',
  'paper.missingValue': 'The column {column} is empty. Fill it in from the paper sheet.',
  'paper.identifierAsNumber':
    'The value "{value}" is stored as a number and may have lost digits. Format the column as Text and type it again.',
  'paper.unknownCandidate':
    'Participant number "{value}" is not in this selection. Check the number on the paper sheet.',
  'paper.unknownComponent':
    'Component "{value}" is not scored on a rubric in the formasi of participant {nomor}. Write the component key from the scoring plan (e.g. wawancara).',
  'paper.notScheduled':
    'Participant {nomor} is not scheduled in any session of component {komponen}. Check the session schedule.',
  'paper.unknownAssessor':
    'Assessor "{value}" is not found in this selection. Write the assessor\'s NIP (or their id when they have no NIP).',
  'paper.notOnPanel':
    'Assessor {assessor} is not on the panel of participant {nomor} for this component. Check the assessor on the paper sheet.',
  'paper.conflicted':
    'Assessor {assessor} declared a conflict of interest with participant {nomor} and may not score them.',
  'paper.observerAssessor': '{assessor} is an observer and scores no one.',
  'paper.absent': 'Participant {nomor} was absent (TH) for this component and cannot be scored.',
  'paper.notCheckedIn':
    'Participant {nomor} has not been checked in for this session. Record the attendance at the desk first.',
  'paper.withdrawn': 'Participant {nomor} withdrew (APS) and cannot be scored.',
  'paper.disqualified': 'Participant {nomor} was disqualified (DIS) and cannot be scored.',
  'paper.noRubric':
    'Component {komponen} does not use a published rubric yet. Ask the secretary to check the scoring plan.',
  'paper.levelMissing': 'The score of aspect {aspect} is empty. Copy it from the paper sheet.',
  'paper.levelInvalid':
    'The value "{value}" on aspect {aspect} is not a rubric level (a whole number {min}–{max}). Copy it from the paper sheet.',
  'paper.noteRequired':
    'The rubric requires a note (evidence) for the lowest or highest level on aspect {aspect}. Copy the note from the paper sheet.',
  'paper.noteTooLong': 'The note is longer than {max} characters. Shorten it.',
  'paper.aspectNotInRubric':
    'Aspect {aspect} is not in the rubric of component {komponen}; leave that cell empty.',
  'paper.duplicateRow':
    'The same sheet (participant, component, assessor) is already on line {line}. Delete one of them.',
  'paper.duplicateRowFirst':
    'The same sheet (participant, component, assessor) appears again on line {lines}. Delete one of them.',
  'paper.operatorNotFound':
    'Operator "{value}" not found. Write the NIP or id of the assessor who typed that file.',
  'paper.operatorObserver':
    '{nama} is an observer and cannot be a data-entry operator. Choose an assessor, the secretary or the chair.',
  'paper.operatorOtherSelection': 'Both operators must be members of the same selection committee.',
  'paper.sameOperator': 'Double entry needs two different people. Choose another second operator.',
  'paper.sameFile':
    'The two files are identical. Double entry needs two files typed separately by two operators.',
  'paper.invalidRows':
    'The files have {count} problems; no sheet was imported. Fix the marked rows, then check again.',
  'paper.nothingToImport':
    'No sheet matches in both files, so there is nothing to import. Fix the marked differences, then check again.',
  'paper.pinRequired':
    "The second operator's PIN is needed to sign the sheets. Set the PANITIA_PIN environment variable, or run the command in a terminal to be asked for it.",
};
