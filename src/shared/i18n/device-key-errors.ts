/** Messages of the device key (docs/device-key.md), in both languages; errors.ts merges them. */

/** Indonesian. */
export const DEVICE_KEY_ERRORS_ID = {
  'deviceKey.passphraseTooShort':
    'Frasa sandi terlalu pendek: minimal {min} karakter. Pakai beberapa kata yang mudah Anda ingat.',
  'deviceKey.passphraseTooLong': 'Frasa sandi terlalu panjang: paling banyak {max} karakter.',
  'deviceKey.wrongPassphrase':
    'Frasa sandi kunci perangkat salah. Periksa lalu coba lagi (perhatikan huruf besar dan kecil).',
  'deviceKey.missing':
    'Perangkat ini belum memiliki kunci perangkat. Buat dahulu di layar Perangkat, atau dengan "panitia keys create --db BERKAS".',
  'deviceKey.exists':
    'Perangkat ini sudah memiliki kunci perangkat (sidik jari {fingerprint}). Kunci tidak dibuat ulang.',
  'deviceKey.unavailable':
    'Kunci privat perangkat ini tidak tersedia atau rusak di basis data ini. Pulihkan basis data dari cadangan.',
  'deviceKey.osProtectionUnavailable':
    'Sistem operasi tidak dapat melindungi kunci perangkat: penyimpanan rahasia (keyring) tidak tersedia atau hanya menyimpan teks biasa. Pasang dan buka kunci keyring (gnome-keyring atau KWallet) lalu jalankan ulang Panitia, atau pakai mode web dengan frasa sandi.',
  'deviceKey.osUnsealFailed':
    'Sistem operasi menolak membuka kunci perangkat. Masuk sebagai pengguna yang membuatnya dan buka kunci keyring, lalu coba lagi; bila keyring telah diganti, kunci ini tidak dapat dipakai lagi.',
  'deviceKey.osProtected':
    'Kunci perangkat ini dilindungi oleh sistem operasi (dibuat di aplikasi desktop), bukan oleh frasa sandi. Tanda tangani dari aplikasi desktop Panitia.',
  'deviceKey.locked':
    'Kunci perangkat belum dibuka. Buka di layar Perangkat (dengan frasa sandi bila diminta), lalu coba lagi.',
} as const;

/** English. */
export const DEVICE_KEY_ERRORS_EN: Record<keyof typeof DEVICE_KEY_ERRORS_ID, string> = {
  'deviceKey.passphraseTooShort':
    'The passphrase is too short: at least {min} characters. Use a few words you can remember.',
  'deviceKey.passphraseTooLong': 'The passphrase is too long: at most {max} characters.',
  'deviceKey.wrongPassphrase':
    'Wrong device key passphrase. Check it and try again (upper and lower case matter).',
  'deviceKey.missing':
    'This device has no device key yet. Create one first on the Device screen, or with "panitia keys create --db FILE".',
  'deviceKey.exists':
    'This device already has a device key (fingerprint {fingerprint}). It is not created again.',
  'deviceKey.unavailable':
    "This device's private key is missing or damaged in this database. Restore the database from a backup.",
  'deviceKey.osProtectionUnavailable':
    'The operating system cannot protect the device key: its secret store (keyring) is unavailable or stores plain text only. Install and unlock a keyring (gnome-keyring or KWallet) and restart Panitia, or use web mode with a passphrase.',
  'deviceKey.osUnsealFailed':
    'The operating system refused to open the device key. Log in as the user who created it and unlock the keyring, then try again; if the keyring was replaced, this key cannot be used any more.',
  'deviceKey.osProtected':
    'This device key is protected by the operating system (it was created in the desktop app), not by a passphrase. Sign from the Panitia desktop app.',
  'deviceKey.locked':
    'The device key is not unlocked. Unlock it on the Device screen (with the passphrase if asked), then try again.',
};
