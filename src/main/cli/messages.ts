/** The CLI's own sentences, in Indonesian (default) and English. */
import type { Language } from '../../shared/i18n/errors';
import { MERGE_CLI_EN, MERGE_CLI_ID } from './merge-messages';

const id = {
  ...MERGE_CLI_ID,
  importChecked: 'Diperiksa {total} baris: {valid} valid, {invalid} tidak valid.',
  importDone: 'Berhasil mengimpor {imported} peserta dari "{file}" (dilewati: {skipped}).',
  importCheckOnly: 'Pemeriksaan saja: tidak ada data yang diubah.',
  invalidRow: 'Baris {line}{who}: {problems}',
  externalChecked:
    'Diperiksa {total} baris dari "{file}" (SHA-256 {sha}): {valid} valid, {problems} masalah, {replacing} mengganti nilai yang sudah ada.',
  externalProblem: '  Baris {line}{column}: {message}',
  externalProblemColumn: ', kolom {column}',
  externalDone: 'Berhasil mengimpor {imported} nilai dari "{file}" (impor {id}).',
  'stage.checking': 'Tahap: memeriksa berkas…',
  'stage.backing-up': 'Tahap: mencadangkan basis data…',
  'stage.writing': 'Tahap: menulis peserta…',
  'stage.done': 'Tahap: selesai.',
  journalOk: 'Jurnal utuh: {entries} entri dalam {chains} rantai.',
  journalBroken: 'Jurnal RUSAK pada perangkat {device}, urutan {seq}: {reason}.',
  demoDone:
    'Seleksi demo "{name}" dibuat (id {id}) dengan {formasi} formasi dan {candidates} peserta.',
  demoRubrics:
    'Dipasang {rubrics} rubrik templat yang diterbitkan; setiap formasi diberi skema penilaian.',
  demoAssessorsHead:
    'Penguji demo — PIN ini HANYA untuk demo dan tercatat di docs/cli.md; jangan dipakai di seleksi sungguhan:',
  demoAssessor: '  {role}: {nama} — PIN demo {pin}',
  demoDraw: 'Panel sesi {session} diundi; ulangi undian dengan benih {seed}.',
  demoScoring:
    '{sessions} sesi, {absent} peserta tidak hadir, {sheets} lembar nilai ditandatangani, 1 perubahan nilai beralasan, 1 konflik kepentingan.',
  demoExternal: '{scores} nilai dari luar diimpor dari "{file}".',
  rubricNone: 'Belum ada rubrik.',
  rubricRow: '{id}  v{version}  {status}  {title} ({aspects} aspek, dipakai {usedBy} komponen)',
  'status.draft': 'draf',
  'status.published': 'terbit',
  'status.retired': 'pensiun',
  'kind.wawancara': 'wawancara',
  'kind.simulasi_mengajar': 'simulasi mengajar',
  'kind.simulasi_administrasi': 'simulasi tugas administrasi',
  'kind.psikotes': 'psikotes',
  'kind.lainnya': 'lainnya',
  showMeta: 'Versi {version} · {status} · {kind} · {aspects} aspek',
  showVersionId: 'Id versi: {id}',
  showRubricId: 'Id rubrik: {id}',
  showHash: 'Hash isi (SHA-256): {hash}',
  showDuration: 'Durasi: {minutes} menit',
  showInstructions: 'Petunjuk:',
  showAspect: 'Aspek {n} [{code}] {title}: bobot {weight}%, skala {min}–{max}',
  showNoteRequired: '  Catatan wajib pada skor terendah dan tertinggi.',
  showIndicator: '  • {text}',
  showLevel: '  {value} {label}: {anchor}',
  showSources: 'Sumber:',
  showRange:
    'Nilai rubrik: dari {lowest} (semua aspek pada skor terendah) sampai 100; tiap aspek skor ÷ skor tertinggi × 100, dibobot.',
  showIncomplete: 'Draf ini belum lengkap untuk diterbitkan: {count} masalah.',
  rubricExported: 'Rubrik "{title}" versi {version} diekspor ke {file} (hash {hash}).',
  blankSheetsWritten: '{sheets} lembar penilaian kosong ({pages} halaman A4) ditulis ke {file}.',
  reportWritten: 'Dokumen {kind} ({pages} halaman A4) ditulis ke {file}.',
  resultsWritten:
    'Hasil {candidates} peserta dari {formasi} formasi ({format}) ditulis ke {file}. Hash masukan: {hash}.',
  rubricImported:
    'Rubrik "{title}" versi {version} diimpor sebagai {status} (id {id}, hash {hash}).',
  rubricAlreadyPresent:
    'Rubrik "{title}" versi {version} sudah ada dengan hash yang sama; tidak ada yang diubah.',
  rubricPublished: 'Rubrik "{title}" versi {version} diterbitkan; hash isi {hash}.',
  problemLine: '- {problem}',
  'reason.sequence-gap': 'nomor urut melompat (ada entri yang hilang)',
  'reason.previous-hash-mismatch':
    'hash entri sebelumnya tidak cocok (entri diubah, dihapus, atau disisipkan)',
  'reason.hash-mismatch': 'isi entri tidak cocok dengan hash-nya (entri diubah)',
  'reason.unreadable-payload': 'isi entri tidak dapat dibaca atau tidak kanonik',
  keysDevice: 'Perangkat: {device}',
  keysNone:
    'Perangkat ini belum memiliki kunci perangkat. Buat dengan: panitia keys create --db {db}',
  keysFingerprint: 'Sidik jari: {fingerprint}',
  keysPublicKey: 'Kunci publik (Ed25519, base64): {publicKey}',
  keysCreatedAt: 'Dibuat: {createdAt}',
  keysPassphrasePrompt: 'Frasa sandi kunci perangkat (minimal 12 karakter): ',
  keysPassphraseRepeat: 'Ulangi frasa sandi: ',
  keysNoPassphrase:
    'Frasa sandi tidak dapat dibaca: jalankan di terminal, atau isi variabel lingkungan {env}.',
  keysPassphraseMismatch: 'Kedua frasa sandi tidak sama. Tidak ada yang diubah; coba lagi.',
  keysCreated: 'Kunci perangkat dibuat untuk perangkat {device}.',
  keysRemember:
    'Simpan frasa sandi ini baik-baik: tanpa frasa itu perangkat ini tidak dapat menandatangani apa pun, dan frasa itu tidak dapat dipulihkan.',
  trustPinned: 'Kunci "{label}" ({role}) dicatat sebagai kunci tepercaya.',
  trustCompare:
    'Bandingkan sidik jari ini dengan yang ditunjukkan pemilik kunci (lewat telepon atau tatap muka) sebelum menerima bundel darinya.',
  trustEmpty: 'Belum ada kunci tepercaya. Tambahkan dengan: panitia trust add',
  trustRow: '{fingerprint}  {role}  "{label}"  tepercaya sejak {validFrom}',
  trustRowRevoked:
    '{fingerprint}  {role}  "{label}"  DICABUT pada {revokedAt} (sejak {validFrom}); alasan: {reason}',
  trustRevoked:
    'Kunci "{label}" ({fingerprint}) dicabut; kunci itu tetap tercantum sebagai dicabut.',
  'role.central': 'pusat',
  'role.office': 'kantor',
  'role.assessor': 'penguji',
  'bundleKind.setup': 'paket persiapan (pusat ke kantor)',
  'bundleKind.results': 'hasil (kantor ke pusat)',
  verifyInvalid: 'Bundel "{file}" TIDAK SAH (masalah pertama pada baris {line}):',
  verifyValid: 'Bundel "{file}" utuh: setiap bita tercakup tanda tangan yang sah.',
  verifyKind: 'Jenis: {kind}',
  verifyCount: 'Jumlah catatan: {count}',
  verifySigner: 'Sidik jari penandatangan: {fingerprint}',
  verifyNoRegistry:
    'Kepercayaan tidak diperiksa: tambahkan --db BERKAS agar penandatangan dicocokkan dengan daftar kunci tepercaya.',
  verifyUnknown:
    'Penandatangan TIDAK DIKENAL: kunci ini tidak ada di daftar kunci tepercaya. Jangan gunakan bundel ini sebelum sidik jarinya dicocokkan dan dicatat (panitia trust add).',
  verifyRevoked:
    'Penandatangan DICABUT: kunci "{label}" ({role}) dicabut pada {revokedAt}; alasan: {reason}. Jangan gunakan bundel ini.',
  verifyTrusted: 'Penandatangan tepercaya: "{label}" ({role}).',
  exportPassphrasePrompt: 'Frasa sandi kunci perangkat: ',
  exportWritten:
    'Bundel hasil ditulis ke {file}: {entries} entri jurnal dari {chains} rantai, ditandatangani kunci perangkat (sidik jari {fingerprint}).',
  exportSetupNeedsOffice:
    'Paket persiapan dibuat untuk satu kantor: tambahkan --office NAMA (nama kantor pelaksana penerima).',
  exportOfficeWithoutSetup:
    '--office hanya berlaku dengan --setup (paket persiapan). Bundel hasil tidak menyebut kantor tujuan.',
  exportSetupSelection:
    'Seleksi "{name}" ({type} {year}): {formasi} formasi ({locked} dengan rencana penilaian terkunci, {unlocked} belum), {candidates} peserta, {rubrics} versi rubrik terbit dipakai, {externalScores} nilai dari luar (SKD) dari {externalImports} impor.',
  exportSetupWritten:
    'Paket persiapan untuk kantor "{office}" ditulis ke {file}: {entries} entri jurnal dari {chains} rantai (seluruh jurnal pusat, semua peserta seleksi), ditandatangani kunci perangkat (sidik jari {fingerprint}). Bacakan sidik jari ini kepada kantor penerima lewat telepon.',
} as const;

/** A CLI message key. */
export type CliMessage = keyof typeof id;

const en: Record<CliMessage, string> = {
  ...MERGE_CLI_EN,
  importChecked: 'Checked {total} rows: {valid} valid, {invalid} invalid.',
  importDone: 'Imported {imported} candidates from "{file}" (skipped: {skipped}).',
  importCheckOnly: 'Check only: no data was changed.',
  invalidRow: 'Line {line}{who}: {problems}',
  externalChecked:
    'Checked {total} rows of "{file}" (SHA-256 {sha}): {valid} valid, {problems} problems, {replacing} replacing a stored score.',
  externalProblem: '  Line {line}{column}: {message}',
  externalProblemColumn: ', column {column}',
  externalDone: 'Imported {imported} scores from "{file}" (import {id}).',
  'stage.checking': 'Stage: checking the file…',
  'stage.backing-up': 'Stage: backing up the database…',
  'stage.writing': 'Stage: writing candidates…',
  'stage.done': 'Stage: done.',
  journalOk: 'Journal intact: {entries} entries in {chains} chains.',
  journalBroken: 'Journal BROKEN on device {device}, sequence {seq}: {reason}.',
  demoDone:
    'Demo selection "{name}" created (id {id}) with {formasi} formasi and {candidates} candidates.',
  demoRubrics: 'Installed {rubrics} published template rubrics; every formasi has a scoring plan.',
  demoAssessorsHead:
    'Demo assessors — these PINs are for the demo ONLY and are listed in docs/cli.md; never use them in a real selection:',
  demoAssessor: '  {role}: {nama} — demo PIN {pin}',
  demoDraw: 'The panel of session {session} was drawn by lot; repeat the draw with seed {seed}.',
  demoScoring:
    '{sessions} sessions, {absent} candidates absent, {sheets} signed score sheets, 1 amendment with a reason, 1 conflict of interest.',
  demoExternal: '{scores} external scores imported from "{file}".',
  rubricNone: 'No rubrics yet.',
  rubricRow: '{id}  v{version}  {status}  {title} ({aspects} aspects, used by {usedBy} components)',
  'status.draft': 'draft',
  'status.published': 'published',
  'status.retired': 'retired',
  'kind.wawancara': 'interview',
  'kind.simulasi_mengajar': 'teaching simulation',
  'kind.simulasi_administrasi': 'administrative task simulation',
  'kind.psikotes': 'psychological test',
  'kind.lainnya': 'other',
  showMeta: 'Version {version} · {status} · {kind} · {aspects} aspects',
  showVersionId: 'Version id: {id}',
  showRubricId: 'Rubric id: {id}',
  showHash: 'Content hash (SHA-256): {hash}',
  showDuration: 'Duration: {minutes} minutes',
  showInstructions: 'Instructions:',
  showAspect: 'Aspect {n} [{code}] {title}: weight {weight}%, scale {min}–{max}',
  showNoteRequired: '  A note is required at the lowest and highest score.',
  showIndicator: '  • {text}',
  showLevel: '  {value} {label}: {anchor}',
  showSources: 'Sources:',
  showRange:
    'Rubric score: from {lowest} (every aspect at its lowest score) to 100; each aspect is score ÷ highest score × 100, weighted.',
  showIncomplete: 'This draft is not complete enough to publish: {count} problems.',
  rubricExported: 'Rubric "{title}" version {version} exported to {file} (hash {hash}).',
  blankSheetsWritten: '{sheets} blank score sheets ({pages} A4 pages) written to {file}.',
  reportWritten: 'Document {kind} ({pages} A4 pages) written to {file}.',
  resultsWritten:
    'Results of {candidates} candidates in {formasi} formasi ({format}) written to {file}. Input hash: {hash}.',
  rubricImported: 'Rubric "{title}" version {version} imported as {status} (id {id}, hash {hash}).',
  rubricAlreadyPresent:
    'Rubric "{title}" version {version} is already present with the same hash; nothing changed.',
  rubricPublished: 'Rubric "{title}" version {version} published; content hash {hash}.',
  problemLine: '- {problem}',
  'reason.sequence-gap': 'the sequence number jumps (an entry is missing)',
  'reason.previous-hash-mismatch':
    "the previous entry's hash does not match (an entry was changed, deleted or inserted)",
  'reason.hash-mismatch': 'the entry does not match its hash (it was changed)',
  'reason.unreadable-payload': 'the entry content is unreadable or not canonical',
  keysDevice: 'Device: {device}',
  keysNone: 'This device has no device key yet. Create one with: panitia keys create --db {db}',
  keysFingerprint: 'Fingerprint: {fingerprint}',
  keysPublicKey: 'Public key (Ed25519, base64): {publicKey}',
  keysCreatedAt: 'Created: {createdAt}',
  keysPassphrasePrompt: 'Device key passphrase (at least 12 characters): ',
  keysPassphraseRepeat: 'Repeat the passphrase: ',
  keysNoPassphrase:
    'Cannot read a passphrase: run this in a terminal, or set the environment variable {env}.',
  keysPassphraseMismatch: 'The two passphrases differ. Nothing was changed; try again.',
  keysCreated: 'Device key created for device {device}.',
  keysRemember:
    'Keep this passphrase safe: without it this device cannot sign anything, and it cannot be recovered.',
  trustPinned: 'Key "{label}" ({role}) pinned as trusted.',
  trustCompare:
    "Compare this fingerprint with the one the key's owner shows you (by phone or in person) before accepting bundles from them.",
  trustEmpty: 'No trusted keys yet. Add one with: panitia trust add',
  trustRow: '{fingerprint}  {role}  "{label}"  trusted since {validFrom}',
  trustRowRevoked:
    '{fingerprint}  {role}  "{label}"  REVOKED on {revokedAt} (since {validFrom}); reason: {reason}',
  trustRevoked: 'Key "{label}" ({fingerprint}) revoked; it stays listed as revoked.',
  'role.central': 'central',
  'role.office': 'office',
  'role.assessor': 'assessor',
  'bundleKind.setup': 'setup package (central to office)',
  'bundleKind.results': 'results (office to central)',
  verifyInvalid: 'Bundle "{file}" is NOT VALID (first problem at line {line}):',
  verifyValid: 'Bundle "{file}" is intact: every byte is covered by a good signature.',
  verifyKind: 'Kind: {kind}',
  verifyCount: 'Records: {count}',
  verifySigner: 'Signer fingerprint: {fingerprint}',
  verifyNoRegistry: 'Trust not checked: add --db FILE to look the signer up in the trust registry.',
  verifyUnknown:
    'Signer UNKNOWN: this key is not in the trust registry. Do not use this bundle until its fingerprint is compared and pinned (panitia trust add).',
  verifyRevoked:
    'Signer REVOKED: key "{label}" ({role}) was revoked on {revokedAt}; reason: {reason}. Do not use this bundle.',
  verifyTrusted: 'Signer trusted: "{label}" ({role}).',
  exportPassphrasePrompt: 'Device key passphrase: ',
  exportWritten:
    'Result bundle written to {file}: {entries} journal entries from {chains} chains, signed by the device key (fingerprint {fingerprint}).',
  exportSetupNeedsOffice:
    'A setup package is made for one office: add --office NAME (the name of the receiving office).',
  exportOfficeWithoutSetup:
    '--office only applies with --setup (setup package). A result bundle names no receiving office.',
  exportSetupSelection:
    'Selection "{name}" ({type} {year}): {formasi} formasi ({locked} with a locked scoring plan, {unlocked} without), {candidates} candidates, {rubrics} published rubric versions in use, {externalScores} external scores (SKD) from {externalImports} imports.',
  exportSetupWritten:
    'Setup package for office "{office}" written to {file}: {entries} journal entries from {chains} chains (the whole central journal, every candidate of the selection), signed by the device key (fingerprint {fingerprint}). Read this fingerprint to the receiving office by phone.',
};

/** Every CLI message per language. */
export const CLI_MESSAGES: Record<Language, Record<CliMessage, string>> = { id, en };
