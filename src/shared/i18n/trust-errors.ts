/** Messages of the trust registry (docs/trust-registry.md), in both languages; errors.ts merges them. */

/** Indonesian. */
export const TRUST_ERRORS_ID = {
  'trust.badPublicKey':
    'Kunci publik tidak sah: harus kunci Ed25519 mentah 32 bita dalam base64 (44 karakter, diakhiri "="), seperti yang ditampilkan "panitia keys show".',
  'trust.labelMissing': 'Label kunci wajib diisi, misalnya nama kantor atau orang pemiliknya.',
  'trust.badRole': 'Peran "{role}" tidak dikenal. Pilih salah satu: central, office, assessor.',
  'trust.alreadyPinned':
    'Kunci dengan sidik jari {fingerprint} sudah tercatat di daftar kunci tepercaya. Tidak ada yang diubah.',
  'trust.notPinned':
    'Tidak ada kunci dengan sidik jari {fingerprint} di daftar kunci tepercaya. Periksa dengan "panitia trust list".',
  'trust.alreadyRevoked':
    'Kunci dengan sidik jari {fingerprint} sudah dicabut pada {revokedAt}. Tidak ada yang diubah.',
  'trust.reasonMissing': 'Alasan pencabutan wajib diisi; alasan itu tercatat di jurnal.',
} as const;

/** English. */
export const TRUST_ERRORS_EN: Record<keyof typeof TRUST_ERRORS_ID, string> = {
  'trust.badPublicKey':
    'Invalid public key: it must be a raw 32-byte Ed25519 key in base64 (44 characters ending in "="), as "panitia keys show" prints it.',
  'trust.labelMissing':
    'A key label is required, for example the name of the office or person owning it.',
  'trust.badRole': 'Unknown role "{role}". Choose one of: central, office, assessor.',
  'trust.alreadyPinned':
    'A key with fingerprint {fingerprint} is already in the trust registry. Nothing was changed.',
  'trust.notPinned':
    'No key with fingerprint {fingerprint} is in the trust registry. Check with "panitia trust list".',
  'trust.alreadyRevoked':
    'The key with fingerprint {fingerprint} was already revoked on {revokedAt}. Nothing was changed.',
  'trust.reasonMissing': 'A reason for the revocation is required; it is kept in the journal.',
};
