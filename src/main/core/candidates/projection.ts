/** How candidate entries change the `candidate_imports` and `candidates` tables. */
import { searchKey } from '../../../shared/domain/normalise';
import type { Appliers } from '../journal/apply';
import { referenceEntities } from '../journal/apply';

/** Appliers for `candidates.*` entries. */
export const candidateAppliers: Appliers<'candidates.imported'> = {
  'candidates.imported'(db, payload, entry) {
    const { importId, selectionId, fileName, fileSha256, skippedRows, candidates } = payload;
    db.prepare(
      `INSERT INTO candidate_imports
         (id, selection_id, file_name, file_sha256, row_count, skipped_rows, imported_at, device_id, seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      importId,
      selectionId,
      fileName,
      fileSha256,
      candidates.length,
      skippedRows,
      entry.ts,
      entry.device,
      entry.seq,
    );
    const insert = db.prepare(
      `INSERT INTO candidates (id, selection_id, formasi_id, import_id, nomor_peserta, nik, nama,
         tanggal_lahir, jenis_kelamin, pendidikan, ipk, nilai_ijazah, twk, tiu, tkp, search_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const c of candidates) {
      insert.run(
        c.id,
        selectionId,
        c.formasiId,
        importId,
        c.nomorPeserta,
        c.nik,
        c.nama,
        c.tanggalLahir,
        c.jenisKelamin,
        c.pendidikan,
        c.ipk,
        c.nilaiIjazah,
        c.skd?.twk ?? null,
        c.skd?.tiu ?? null,
        c.skd?.tkp ?? null,
        searchKey(`${c.nama} ${c.nomorPeserta} ${c.nik}`),
      );
    }
    // Candidates find this entry through their import_id; 20,000 reference rows would only
    // slow the import down.
    referenceEntities(db, entry, [importId, selectionId]);
  },
};
