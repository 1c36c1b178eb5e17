/** Messages of the device key (docs/device-key.md), in both languages; errors.ts merges them. */

/** Indonesian. */
export const DEVICE_KEY_ERRORS_ID = {
  'deviceKey.passphraseTooShort':
    'Frasa sandi terlalu pendek: minimal {min} karakter. Pakai beberapa kata yang mudah Anda ingat.',
  'deviceKey.passphraseTooLong': 'Frasa sandi terlalu panjang: paling banyak {max} karakter.',
  'deviceKey.wrongPassphrase':
    'Frasa sandi kunci perangkat salah. Periksa lalu coba lagi (perhatikan huruf besar dan kecil).',
  'deviceKey.missing':
    'Perangkat ini belum memiliki kunci perangkat. Buat dahulu dengan "panitia keys create --db BERKAS".',
  'deviceKey.exists':
    'Perangkat ini sudah memiliki kunci perangkat (sidik jari {fingerprint}). Kunci tidak dibuat ulang.',
  'deviceKey.unavailable':
    'Kunci privat perangkat ini tidak tersedia atau rusak di basis data ini. Pulihkan basis data dari cadangan.',
} as const;

/** English. */
export const DEVICE_KEY_ERRORS_EN: Record<keyof typeof DEVICE_KEY_ERRORS_ID, string> = {
  'deviceKey.passphraseTooShort':
    'The passphrase is too short: at least {min} characters. Use a few words you can remember.',
  'deviceKey.passphraseTooLong': 'The passphrase is too long: at most {max} characters.',
  'deviceKey.wrongPassphrase':
    'Wrong device key passphrase. Check it and try again (upper and lower case matter).',
  'deviceKey.missing':
    'This device has no device key yet. Create one first with "panitia keys create --db FILE".',
  'deviceKey.exists':
    'This device already has a device key (fingerprint {fingerprint}). It is not created again.',
  'deviceKey.unavailable':
    "This device's private key is missing or damaged in this database. Restore the database from a backup.",
};
