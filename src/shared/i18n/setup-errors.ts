/** Messages of the setup package export (docs/setup-package.md), in both languages; errors.ts merges them. */

/** Indonesian. */
export const SETUP_ERRORS_ID = {
  'setup.officeMissing':
    'Nama kantor pelaksana wajib diisi: paket persiapan dibuat untuk satu kantor, dan namanya tercatat di judul paket.',
  'setup.noSelection':
    'Belum ada seleksi di basis data ini: buat seleksi, formasi, dan peserta dulu sebelum membuat paket persiapan.',
} as const;

/** English. */
export const SETUP_ERRORS_EN: Record<keyof typeof SETUP_ERRORS_ID, string> = {
  'setup.officeMissing':
    'The name of the receiving office is required: a setup package is made for one office, and its name goes into the package header.',
  'setup.noSelection':
    'There is no selection in this database yet: create the selection, formasi and candidates before making a setup package.',
};
