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
};
