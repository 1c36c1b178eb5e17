/**
 * Messages of merging and the quarantine (docs/merge.md), in both languages; errors.ts merges
 * them. A quarantine reason says what happened and what an administrator can do about it.
 */

/** Indonesian. */
export const MERGE_ERRORS_ID = {
  'setup.wrongKind':
    'Berkas ini berjenis "{kind}", bukan paket persiapan. Pilih paket persiapan (.panitia) dari kantor pusat.',
  'setup.notEmpty':
    'Data ini sudah berisi seleksi. Paket persiapan hanya dapat dipakai untuk memulai data baru; gunakan folder data kosong, atau gabungkan bundel lewat Impor.',
  'setup.fingerprintMismatch':
    'Sidik jari yang Anda tulis tidak sama dengan sidik jari penanda tangan paket ({fingerprint}). Jangan gunakan paket ini; hubungi kantor pusat.',
  'setup.signerRevoked':
    'Kunci penanda tangan paket ({fingerprint}) telah dicabut di perangkat ini. Minta paket baru dari kantor pusat.',
  'setup.signerNotCentral':
    'Kunci {fingerprint} tercatat di sini sebagai "{role}", bukan kantor pusat. Paket persiapan hanya diterima dari kunci kantor pusat.',
  'merge.notInSetup':
    'Kantor ini menambahkan sendiri data yang hanya ditetapkan kantor pusat ({kind}): peserta, formasi, rubrik atau rencana penilaian yang tidak ada di paket persiapan. Catatan ditahan; lembar nilai yang memakainya ikut ditahan.',
  'merge.cancelled': 'Penggabungan dibatalkan. Tidak ada yang diubah.',
  'merge.noFiles': 'Pilih sedikitnya satu berkas bundel (.panitia) untuk digabungkan.',
  'merge.fork':
    'Rantai jurnal perangkat {device} bercabang pada nomor {seq}: ada dua catatan berbeda dengan nomor yang sama (misalnya basis data disalin lalu dipakai di dua laptop). Kedua cabang ditahan; bandingkan keduanya lalu pilih salah satu atau tolak.',
  'merge.sheetOnTwoDevices':
    'Peserta {candidate} dinilai untuk komponen {component} di {devices} perangkat berbeda. Semua lembar itu ditahan; bandingkan lalu pilih perangkat yang nilainya dipakai.',
  'merge.untrusted':
    'Penanda tangan bundel (sidik jari {fingerprint}) belum tepercaya. Isinya ditahan. Cocokkan sidik jarinya dengan pengirim melalui telepon atau surat, lalu terima atau tolak.',
  'merge.revoked':
    'Kunci penanda tangan bundel (sidik jari {fingerprint}) telah dicabut. Isinya ditahan sampai administrator memutuskan.',
  'merge.wrongRole':
    'Kunci {fingerprint} tercatat sebagai "{role}", yang tidak boleh menandatangani bundel berjenis "{kind}". Isinya ditahan.',
  'merge.entryRefused':
    'Catatan ini tidak dapat diterapkan: {detail}. Catatan ditahan; periksa apakah paket persiapan yang dipakai kantor itu sama.',
  'merge.signerRequired':
    'Laporan penggabungan harus ditandatangani dengan kunci perangkat ini. Buka kunci perangkat terlebih dahulu.',
  'quarantine.notFound': 'Butir karantina "{item}" tidak ditemukan. Muat ulang daftar karantina.',
  'quarantine.badChoice':
    'Pilihan "{choice}" tidak termasuk pilihan butir karantina ini. Pilih salah satu sisi yang ditampilkan.',
  'quarantine.reasonMissing': 'Tuliskan alasan keputusan; alasan dicatat dalam jurnal.',
  'quarantine.cannotAccept':
    'Catatan yang ditolak saat diterapkan tidak dapat diterima begitu saja; tolak butir ini, atau gabungkan dulu data yang kurang lalu gabungkan ulang.',
  'mergeReport.notFound':
    'Laporan penggabungan "{id}" tidak ditemukan. Muat ulang daftar laporan penggabungan.',
} as const;

/** English. */
export const MERGE_ERRORS_EN: Record<keyof typeof MERGE_ERRORS_ID, string> = {
  'setup.wrongKind':
    'This file is of kind "{kind}", not a setup package. Choose the setup package (.panitia) from the central office.',
  'setup.notEmpty':
    'This data already holds a selection. A setup package can only start new data; use an empty data folder, or merge bundles through Import.',
  'setup.fingerprintMismatch':
    "The fingerprint you wrote differs from the package signer's fingerprint ({fingerprint}). Do not use this package; contact the central office.",
  'setup.signerRevoked':
    'The package signer key ({fingerprint}) has been revoked on this device. Ask the central office for a new package.',
  'setup.signerNotCentral':
    'Key {fingerprint} is registered here as "{role}", not as the central office. Setup packages are accepted only from a central office key.',
  'merge.notInSetup':
    'This office added on its own what only the central office sets ({kind}): candidates, formasi, rubrics or scoring plans that were not in the setup package. The entry is held; score sheets that use it are held with it.',
  'merge.cancelled': 'The merge was cancelled. Nothing was changed.',
  'merge.noFiles': 'Choose at least one bundle file (.panitia) to merge.',
  'merge.fork':
    'The journal chain of device {device} forks at number {seq}: two different entries carry the same number (for example a database copied and used on two laptops). Both branches are held; compare them, then choose one or reject.',
  'merge.sheetOnTwoDevices':
    'Candidate {candidate} was scored for component {component} on {devices} different devices. All those sheets are held; compare them and choose the device whose scores count.',
  'merge.untrusted':
    'The bundle signer (fingerprint {fingerprint}) is not trusted yet. Its content is held. Compare the fingerprint with the sender by phone or letter, then accept or reject.',
  'merge.revoked':
    'The bundle signer key (fingerprint {fingerprint}) has been revoked. Its content is held until an administrator decides.',
  'merge.wrongRole':
    'Key {fingerprint} is registered as "{role}", which may not sign a bundle of kind "{kind}". Its content is held.',
  'merge.entryRefused':
    'This entry cannot be applied: {detail}. It is held; check that the office used the same setup package.',
  'merge.signerRequired':
    'The merge report must be signed with this device key. Unlock the device key first.',
  'quarantine.notFound': 'Quarantine item "{item}" was not found. Reload the quarantine list.',
  'quarantine.badChoice':
    'Choice "{choice}" is not one of this quarantine item\'s options. Choose one of the sides shown.',
  'quarantine.reasonMissing': 'Write the reason for the decision; it is recorded in the journal.',
  'quarantine.cannotAccept':
    'An entry the state refused cannot simply be accepted; reject this item, or merge the missing data first and merge again.',
  'mergeReport.notFound': 'Merge report "{id}" was not found. Reload the list of merge reports.',
};
