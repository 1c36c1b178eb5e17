/**
 * Messages of bundle (`.panitia`) verification, in both languages; errors.ts merges them. Each
 * names the line, because an auditor checks it with `sed -n '{line}p'`.
 */

/** Indonesian. */
export const BUNDLE_ERRORS_ID = {
  'bundle.truncated':
    'Berkas bundel terpotong: berakhir pada baris {line} tanpa baris penutup bertanda tangan. Minta berkas lengkap dari pengirim.',
  'bundle.lineTooLong':
    'Baris {line} lebih panjang dari batas {limit} bita; ini bukan bundel Panitia yang utuh.',
  'bundle.notJson':
    'Baris {line} bukan JSON yang sah: berkas rusak atau diubah. Minta berkas asli dari pengirim.',
  'bundle.notCanonical':
    'Baris {line} tidak dalam bentuk JSON kanonis: berkas diubah setelah dibuat. Minta berkas asli dari pengirim.',
  'bundle.badHeader':
    'Baris judul (baris {line}) tidak sah pada bagian "{field}". Berkas ini bukan bundel Panitia v1 atau telah diubah.',
  'bundle.badRecord':
    'Baris {line} bukan catatan bundel yang sah (bagian "{field}"). Berkas telah diubah.',
  'bundle.badIndex':
    'Baris {line} berisi catatan nomor {found}, padahal seharusnya nomor {expected}: ada catatan yang dihapus, digandakan, atau ditukar urutannya.',
  'bundle.badChain':
    'Rantai hash putus pada baris {line}: baris {previous} telah diubah, atau ada baris yang disisipkan atau dihapus sebelum baris {line}.',
  'bundle.badTrailer':
    'Baris penutup (baris {line}) tidak sah pada bagian "{field}". Berkas telah diubah.',
  'bundle.badCount':
    'Baris penutup (baris {line}) menyebut {expected} catatan, tetapi berkas berisi {found}: ada catatan yang hilang atau ditambahkan.',
  'bundle.badSignature':
    'Tanda tangan pada baris {line} tidak cocok dengan isi bundel dan kunci penandatangannya. Jangan gunakan berkas ini; minta berkas asli dari pengirim.',
  'bundle.trailingData':
    'Ada data tambahan pada baris {line}, setelah baris penutup (baris {trailer}). Berkas telah diubah.',
  'bundle.signerMismatch':
    'Tanda tangan yang dibuat tidak cocok dengan kunci publik di judul bundel. Tidak ada berkas yang ditulis.',
  'resultBundle.wrongKind':
    'Bundel ini berjenis "{kind}", bukan bundel hasil. Pilih berkas hasil dari kantor pelaksana.',
  'resultBundle.badRecord':
    'Baris {line} bukan catatan bundel hasil yang sah (bagian "{field}"). Bundel dibuat oleh program lain atau diubah sebelum ditandatangani.',
  'resultBundle.badOrder':
    'Baris {line} (perangkat {device}, nomor {seq}) tidak pada urutannya: rantai jurnal ditukar urutannya atau catatan dipindahkan.',
  'resultBundle.gap':
    'Rantai jurnal perangkat {device} melompat pada baris {line}: seharusnya nomor {expected}, tertulis {found}. Ada entri yang dihapus atau ditukar urutannya.',
  'resultBundle.badLink':
    'Entri jurnal pada baris {line} (perangkat {device}, nomor {seq}) tidak menyambung ke entri sebelumnya: ada entri yang dihapus atau diubah.',
  'resultBundle.badEntryHash':
    'Hash entri jurnal pada baris {line} (perangkat {device}, nomor {seq}) tidak cocok dengan isinya: entri ini telah diubah.',
  'resultBundle.badCheckpoint':
    'Tanda tangan titik periksa pada baris {line} (perangkat {device}) tidak sah untuk kunci penandatangan bundel. Jangan gunakan berkas ini.',
  'resultBundle.checkpointMismatch':
    'Titik periksa pada baris {line} (perangkat {device}) tidak cocok dengan rantai jurnal di bundel: ada entri yang hilang atau ditambahkan.',
  'resultBundle.missingCheckpoint':
    'Rantai jurnal perangkat {device} tidak memiliki titik periksa bertanda tangan (baris {line}). Bundel tidak lengkap.',
} as const;

/** English. */
export const BUNDLE_ERRORS_EN: Record<keyof typeof BUNDLE_ERRORS_ID, string> = {
  'bundle.truncated':
    'The bundle file is cut short: it ends at line {line} without a signed closing line. Ask the sender for the complete file.',
  'bundle.lineTooLong':
    'Line {line} is longer than the limit of {limit} bytes; this is not an intact Panitia bundle.',
  'bundle.notJson':
    'Line {line} is not valid JSON: the file is damaged or was changed. Ask the sender for the original file.',
  'bundle.notCanonical':
    'Line {line} is not in canonical JSON form: the file was changed after it was made. Ask the sender for the original file.',
  'bundle.badHeader':
    'The header (line {line}) is invalid at "{field}". This is not a Panitia v1 bundle, or it was changed.',
  'bundle.badRecord':
    'Line {line} is not a valid bundle record (at "{field}"). The file was changed.',
  'bundle.badIndex':
    'Line {line} holds record number {found} where number {expected} should be: a record was deleted, duplicated or moved.',
  'bundle.badChain':
    'The hash chain breaks at line {line}: line {previous} was changed, or a line was inserted or deleted before line {line}.',
  'bundle.badTrailer':
    'The closing line (line {line}) is invalid at "{field}". The file was changed.',
  'bundle.badCount':
    'The closing line (line {line}) announces {expected} records but the file holds {found}: records were lost or added.',
  'bundle.badSignature':
    'The signature on line {line} does not match the bundle content and its signer key. Do not use this file; ask the sender for the original.',
  'bundle.trailingData':
    'There is extra data at line {line}, after the closing line (line {trailer}). The file was changed.',
  'bundle.signerMismatch':
    'The signature produced does not match the public key in the bundle header. No file was written.',
  'resultBundle.wrongKind':
    'This bundle is of kind "{kind}", not a result bundle. Choose the results file from the office.',
  'resultBundle.badRecord':
    'Line {line} is not a valid result bundle record (at "{field}"). The bundle was made by another program or changed before it was signed.',
  'resultBundle.badOrder':
    'Line {line} (device {device}, number {seq}) is out of order: journal chains were reordered or records moved.',
  'resultBundle.gap':
    'The journal chain of device {device} jumps at line {line}: number {expected} expected, {found} found. An entry was removed or moved.',
  'resultBundle.badLink':
    'The journal entry on line {line} (device {device}, number {seq}) does not link to the entry before it: an entry was removed or changed.',
  'resultBundle.badEntryHash':
    'The hash of the journal entry on line {line} (device {device}, number {seq}) does not match its content: this entry was changed.',
  'resultBundle.badCheckpoint':
    'The checkpoint signature on line {line} (device {device}) is not valid for the bundle signer key. Do not use this file.',
  'resultBundle.checkpointMismatch':
    'The checkpoint on line {line} (device {device}) does not match the journal chain in the bundle: entries were lost or added.',
  'resultBundle.missingCheckpoint':
    'The journal chain of device {device} has no signed checkpoint (line {line}). The bundle is incomplete.',
};
