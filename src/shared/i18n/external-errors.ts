/**
 * Messages of the external-score import (SKB CAT, CAT PPPK, MS/TMS gates), in both languages;
 * errors.ts merges them. Row problems name what was read and what to do about it.
 */

/** Indonesian. */
export const EXTERNAL_ERRORS_ID = {
  'external.missingColumns':
    'Kolom wajib tidak ditemukan: {columns}. Baris judul harus berisi nomor_peserta, komponen, dan kolom nilai (nilai; teknis, manajerial_sk, wawancara; atau hasil).',
  'external.duplicateColumn':
    'Kolom "{column}" muncul lebih dari sekali. Hapus atau ganti judul salah satunya.',
  'external.missingValue': 'Kolom {column} kosong. Isi sesuai hasil resminya.',
  'external.identifierAsNumber':
    'Nomor peserta "{value}" tersimpan sebagai angka dan mungkin kehilangan digit. Format kolom itu sebagai Teks lalu ketik ulang.',
  'external.unknownCandidate':
    'Nomor peserta "{value}" tidak ada di seleksi ini. Periksa nomornya, atau impor pesertanya dahulu.',
  'external.noPlan':
    'Formasi {formasi} peserta {nomor} belum punya skema penilaian. Simpan skema penilaiannya dahulu.',
  'external.componentNotInPlan':
    'Komponen "{komponen}" tidak ada di skema penilaian formasi {formasi} (peserta {nomor}). Tulis kunci komponen dari skema, mis. skb_cat.',
  'external.notExternal':
    'Komponen "{komponen}" dinilai di Panitia atau dari data peserta ({source}), bukan dari berkas. Hapus baris ini.',
  'external.columnMissing':
    'Komponen {komponen} memerlukan kolom {column}, tetapi berkas tidak memilikinya. Tambahkan kolom itu.',
  'external.notANumber':
    'Nilai "{value}" pada kolom {column} bukan angka. Tulis angka saja, misalnya 350 atau 352,5.',
  'external.notInteger':
    'Nilai "{value}" pada kolom {column} harus bilangan bulat. Salin nilainya dari hasil CAT.',
  'external.outOfRange':
    'Nilai {value} pada kolom {column} harus antara {min} dan {max} untuk komponen {komponen}.',
  'external.catTotal':
    'Jumlah teknis + manajerial_sk + wawancara = {total} melebihi {max}. Periksa nilai-nilainya.',
  'external.msTmsInvalid':
    'Hasil "{value}" tidak dikenal. Isi MS (memenuhi syarat) atau TMS (tidak memenuhi syarat).',
  'external.unexpectedValue':
    'Kolom {column} tidak dipakai untuk komponen {komponen}; kosongkan sel itu.',
  'external.duplicateRow':
    'Peserta dan komponen yang sama sudah ada di baris {line}. Hapus salah satunya.',
  'external.duplicateRowFirst':
    'Peserta dan komponen yang sama muncul lagi di baris {lines}. Hapus salah satunya.',
  'external.invalidRows':
    'Ada {count} masalah pada berkas; tidak ada nilai yang diimpor. Perbaiki baris yang ditandai lalu periksa lagi.',
  'external.selectionRequired':
    'Basis data ini berisi {count} seleksi. Sebutkan seleksinya dengan --selection ID.',
} as const;

/** English, with the same codes. */
export const EXTERNAL_ERRORS_EN: Record<keyof typeof EXTERNAL_ERRORS_ID, string> = {
  'external.missingColumns':
    'Required columns not found: {columns}. The heading row must hold nomor_peserta, komponen and a score column (nilai; teknis, manajerial_sk, wawancara; or hasil).',
  'external.duplicateColumn':
    'The column "{column}" appears more than once. Delete one of them or change its heading.',
  'external.missingValue': 'The column {column} is empty. Fill it in from the official result.',
  'external.identifierAsNumber':
    'Participant number "{value}" is stored as a number and may have lost digits. Format the column as Text and type it again.',
  'external.unknownCandidate':
    'Participant number "{value}" is not in this selection. Check the number, or import the candidates first.',
  'external.noPlan':
    'The formasi {formasi} of participant {nomor} has no scoring plan yet. Save its scoring plan first.',
  'external.componentNotInPlan':
    'Component "{komponen}" is not in the scoring plan of formasi {formasi} (participant {nomor}). Write the component key from the plan, e.g. skb_cat.',
  'external.notExternal':
    'Component "{komponen}" is scored in Panitia or from the candidate data ({source}), not from a file. Delete this row.',
  'external.columnMissing':
    'Component {komponen} needs the column {column}, but the file has none. Add that column.',
  'external.notANumber':
    'The value "{value}" in column {column} is not a number. Write digits only, e.g. 350 or 352,5.',
  'external.notInteger':
    'The value "{value}" in column {column} must be a whole number. Copy it from the CAT result.',
  'external.outOfRange':
    'The value {value} in column {column} must be between {min} and {max} for component {komponen}.',
  'external.catTotal':
    'teknis + manajerial_sk + wawancara = {total} is more than {max}. Check the scores.',
  'external.msTmsInvalid':
    'The result "{value}" is not recognised. Write MS (meets the requirements) or TMS (does not).',
  'external.unexpectedValue':
    'The column {column} is not used for component {komponen}; leave that cell empty.',
  'external.duplicateRow':
    'The same participant and component are already on line {line}. Delete one of them.',
  'external.duplicateRowFirst':
    'The same participant and component appear again on line {lines}. Delete one of them.',
  'external.invalidRows':
    'The file has {count} problems; no score was imported. Fix the marked rows, then check again.',
  'external.selectionRequired':
    'This database holds {count} selections. Name the selection with --selection ID.',
};
