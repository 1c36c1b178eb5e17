/** Messages of the Impor channels (merge-contract.ts): jobs and received files, in both languages; errors.ts merges them. */

/** Indonesian. */
export const TRANSFER_JOB_ERRORS_ID = {
  'merge.busy':
    'Penggabungan lain sedang berjalan. Tunggu sampai selesai atau batalkan dulu, lalu coba lagi.',
  'merge.jobNotFound':
    'Penggabungan "{job}" tidak dikenal (mungkin aplikasi dimulai ulang). Lihat laporan penggabungan, atau gabungkan ulang berkasnya.',
  'bundle.notReceived':
    'Berkas "{file}" belum diterima di perangkat ini. Tarik atau pilih berkasnya lagi di layar Impor.',
} as const;

/** English. */
export const TRANSFER_JOB_ERRORS_EN: Record<keyof typeof TRANSFER_JOB_ERRORS_ID, string> = {
  'merge.busy': 'Another merge is running. Wait for it to finish or cancel it, then try again.',
  'merge.jobNotFound':
    'Merge "{job}" is not known (the app may have restarted). See the merge reports, or merge the files again.',
  'bundle.notReceived':
    'File "{file}" has not been received on this device. Drop or choose the file again on the Import screen.',
};
