/** The CLI's sentences for `init`, `merge`, `quarantine` and `demo --office`, in Indonesian and English. */

/** Indonesian (default). */
export const MERGE_CLI_ID = {
  initExists:
    'Berkas "{db}" sudah ada. `panitia init` hanya membuat basis data baru; pilih nama berkas lain.',
  initPackageSigner:
    'Paket persiapan ditandatangani oleh kunci dengan sidik jari:\n  {fingerprint}',
  initAskFingerprint:
    'Ketik sidik jari yang Anda terima dari kantor pusat (surat, telepon) untuk dicocokkan: ',
  initNeedFingerprint:
    'Tidak ada terminal untuk mengetik sidik jari kantor pusat. Berikan --fingerprint "SIDIK JARI" yang Anda terima dari kantor pusat.',
  initCentralLabel: 'Kantor pusat',
  initDone: 'Kantor "{office}" dimulai dari paket persiapan "{file}".',
  initReceived: 'Diterima: {selections} seleksi, {formasi} formasi, {candidates} peserta.',
  initOwnFingerprint:
    'Sidik jari kunci perangkat kantor ini (kirim ke kantor pusat agar hasil Anda dipercaya):\n  {fingerprint}',
  initRemoved: 'Basis data "{db}" yang belum jadi dihapus; tidak ada yang tertinggal.',
  mergeProgressVerify: 'Memeriksa berkas {file}/{files} "{name}": {entries} entri…',
  mergeProgressMerge: 'Menggabungkan…',
  mergeCancelled: 'Penggabungan dibatalkan, tidak ada yang diubah.',
  mergeBundle: 'Berkas "{file}"',
  mergeBundleHash: '  SHA-256: {hash}',
  mergeBundleSigner: '  Jenis: {kind} · penandatangan {fingerprint} · {trust}',
  mergeBundleOutcome:
    '  Hasil: {outcome} · {added} entri baru, {duplicates} duplikat, {forks} cabang',
  mergeBundleInvalid: '  Hasil: TIDAK SAH (baris {line}): {problem}',
  'outcome.merged': 'digabungkan',
  'outcome.held': 'ditahan di karantina',
  'outcome.invalid': 'tidak sah',
  'outcome.alreadyMerged': 'sudah pernah digabungkan',
  'trust.own': 'kunci perangkat ini',
  'trust.trusted': 'tepercaya',
  'trust.untrusted': 'tidak tepercaya',
  'trust.revoked': 'dicabut',
  mergeQuarantineHead: 'Karantina ({count} butir):',
  mergeQuarantineNone: 'Karantina kosong.',
  mergeQuarantineItem: '  [{id}] {reason} ({entries} entri){resolved}',
  mergeQuarantineResolved: ' — diputuskan: {decision}',
  'decision.accept': 'diterima',
  'decision.reject': 'ditolak',
  mergeCompletenessHead: 'Kelengkapan per kantor:',
  mergeCompletenessNone: 'Belum ada kantor yang membuat sesi.',
  mergeCompleteness: '  {office}: {delivered} dari {expected} lembar diterima, {missing} belum ada',
  mergeMissingSheet: '    belum ada: {nomor} {nama} · {component} · penguji {assessor}',
  mergeMissingMore: '    … dan {count} lembar lain',
  mergeUnscheduled: '{count} peserta belum dijadwalkan di sesi mana pun oleh kantor mana pun.',
  mergeResultsHash: 'Hash masukan hasil seleksi {selection}: {hash}',
  mergeReportId: 'Laporan penggabungan {id} ditandatangani dan dicatat dalam jurnal.',
  mergeNoChange: 'Tidak ada yang berubah; tidak ada laporan baru yang dicatat.',
  mergeReportPdf: 'Laporan penggabungan ({pages} halaman A4) ditulis ke {file}.',
  quarantineChoices: '    pilihan --accept: {choices}',
  quarantineResolved: 'Butir {id}: {decision}. Keadaan dihitung ulang.',
  quarantineNeedDecision:
    'Pilih --accept PILIHAN atau --reject, dengan --item ID dan --reason TEKS.',
  demoOfficesPassphrase:
    'Frasa sandi demo untuk SEMUA kunci perangkat demo (HANYA demo, tercatat di docs/cli.md): {passphrase}',
  demoOfficesCentral: 'Basis data pusat: {db} (sidik jari {fingerprint})',
  demoOfficesSetup: '  Paket persiapan {office}: {file}',
  demoOfficesOffice:
    '  Kantor {office}: {db} · {formasi} formasi, {sheets} lembar · hasil: {file} (sidik jari {fingerprint})',
  demoOfficesNext: 'Berikutnya, gabungkan hasil kantor di pusat:\n  {command}',
};

/** English. */
export const MERGE_CLI_EN: Record<keyof typeof MERGE_CLI_ID, string> = {
  initExists:
    'The file "{db}" already exists. `panitia init` only creates a new database; choose another file name.',
  initPackageSigner: 'The setup package is signed by the key with fingerprint:\n  {fingerprint}',
  initAskFingerprint:
    'Type the fingerprint you received from the central office (letter, phone) to compare: ',
  initNeedFingerprint:
    'There is no terminal to type the central office fingerprint. Pass --fingerprint "FINGERPRINT" as you received it from the central office.',
  initCentralLabel: 'Central office',
  initDone: 'Office "{office}" started from the setup package "{file}".',
  initReceived: 'Received: {selections} selections, {formasi} formasi, {candidates} candidates.',
  initOwnFingerprint:
    "This office's device key fingerprint (send it to the central office so your results are trusted):\n  {fingerprint}",
  initRemoved: 'The unfinished database "{db}" was removed; nothing is left behind.',
  mergeProgressVerify: 'Checking file {file}/{files} "{name}": {entries} entries…',
  mergeProgressMerge: 'Merging…',
  mergeCancelled: 'Merge cancelled, nothing was changed.',
  mergeBundle: 'File "{file}"',
  mergeBundleHash: '  SHA-256: {hash}',
  mergeBundleSigner: '  Kind: {kind} · signer {fingerprint} · {trust}',
  mergeBundleOutcome:
    '  Outcome: {outcome} · {added} new entries, {duplicates} duplicates, {forks} forks',
  mergeBundleInvalid: '  Outcome: NOT VALID (line {line}): {problem}',
  'outcome.merged': 'merged',
  'outcome.held': 'held in quarantine',
  'outcome.invalid': 'not valid',
  'outcome.alreadyMerged': 'already merged',
  'trust.own': "this device's key",
  'trust.trusted': 'trusted',
  'trust.untrusted': 'not trusted',
  'trust.revoked': 'revoked',
  mergeQuarantineHead: 'Quarantine ({count} items):',
  mergeQuarantineNone: 'The quarantine is empty.',
  mergeQuarantineItem: '  [{id}] {reason} ({entries} entries){resolved}',
  mergeQuarantineResolved: ' — decided: {decision}',
  'decision.accept': 'accepted',
  'decision.reject': 'rejected',
  mergeCompletenessHead: 'Completeness per office:',
  mergeCompletenessNone: 'No office has created a session yet.',
  mergeCompleteness: '  {office}: {delivered} of {expected} sheets received, {missing} missing',
  mergeMissingSheet: '    missing: {nomor} {nama} · {component} · assessor {assessor}',
  mergeMissingMore: '    … and {count} more sheets',
  mergeUnscheduled: '{count} candidates are not scheduled in any session by any office.',
  mergeResultsHash: 'Results input hash of selection {selection}: {hash}',
  mergeReportId: 'Merge report {id} signed and recorded in the journal.',
  mergeNoChange: 'Nothing changed; no new report was recorded.',
  mergeReportPdf: 'Merge report ({pages} A4 pages) written to {file}.',
  quarantineChoices: '    --accept choices: {choices}',
  quarantineResolved: 'Item {id}: {decision}. The state was recomputed.',
  quarantineNeedDecision: 'Choose --accept CHOICE or --reject, with --item ID and --reason TEXT.',
  demoOfficesPassphrase:
    'Demo passphrase of ALL demo device keys (demo ONLY, written in docs/cli.md): {passphrase}',
  demoOfficesCentral: 'Central database: {db} (fingerprint {fingerprint})',
  demoOfficesSetup: '  Setup package {office}: {file}',
  demoOfficesOffice:
    '  Office {office}: {db} · {formasi} formasi, {sheets} sheets · results: {file} (fingerprint {fingerprint})',
  demoOfficesNext: 'Next, merge the office results at the central office:\n  {command}',
};
