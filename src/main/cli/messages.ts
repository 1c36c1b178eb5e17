/** The CLI's own sentences, in Indonesian (default) and English. */
import type { Language } from '../../shared/i18n/errors';

const id = {
  importChecked: 'Diperiksa {total} baris: {valid} valid, {invalid} tidak valid.',
  importDone: 'Berhasil mengimpor {imported} peserta dari "{file}" (dilewati: {skipped}).',
  importCheckOnly: 'Pemeriksaan saja: tidak ada data yang diubah.',
  invalidRow: 'Baris {line}{who}: {problems}',
  'stage.checking': 'Tahap: memeriksa berkas…',
  'stage.backing-up': 'Tahap: mencadangkan basis data…',
  'stage.writing': 'Tahap: menulis peserta…',
  'stage.done': 'Tahap: selesai.',
  journalOk: 'Jurnal utuh: {entries} entri dalam {chains} rantai.',
  journalBroken: 'Jurnal RUSAK pada perangkat {device}, urutan {seq}: {reason}.',
  demoDone:
    'Seleksi demo "{name}" dibuat (id {id}) dengan {formasi} formasi dan {candidates} peserta.',
  'reason.sequence-gap': 'nomor urut melompat (ada entri yang hilang)',
  'reason.previous-hash-mismatch':
    'hash entri sebelumnya tidak cocok (entri diubah, dihapus, atau disisipkan)',
  'reason.hash-mismatch': 'isi entri tidak cocok dengan hash-nya (entri diubah)',
  'reason.unreadable-payload': 'isi entri tidak dapat dibaca atau tidak kanonik',
} as const;

/** A CLI message key. */
export type CliMessage = keyof typeof id;

const en: Record<CliMessage, string> = {
  importChecked: 'Checked {total} rows: {valid} valid, {invalid} invalid.',
  importDone: 'Imported {imported} candidates from "{file}" (skipped: {skipped}).',
  importCheckOnly: 'Check only: no data was changed.',
  invalidRow: 'Line {line}{who}: {problems}',
  'stage.checking': 'Stage: checking the file…',
  'stage.backing-up': 'Stage: backing up the database…',
  'stage.writing': 'Stage: writing candidates…',
  'stage.done': 'Stage: done.',
  journalOk: 'Journal intact: {entries} entries in {chains} chains.',
  journalBroken: 'Journal BROKEN on device {device}, sequence {seq}: {reason}.',
  demoDone:
    'Demo selection "{name}" created (id {id}) with {formasi} formasi and {candidates} candidates.',
  'reason.sequence-gap': 'the sequence number jumps (an entry is missing)',
  'reason.previous-hash-mismatch':
    "the previous entry's hash does not match (an entry was changed, deleted or inserted)",
  'reason.hash-mismatch': 'the entry does not match its hash (it was changed)',
  'reason.unreadable-payload': 'the entry content is unreadable or not canonical',
};

/** Every CLI message per language. */
export const CLI_MESSAGES: Record<Language, Record<CliMessage, string>> = { id, en };
