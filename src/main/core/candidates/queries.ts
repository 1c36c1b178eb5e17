/** Reads of candidates: search-as-you-type, one candidate, and the keys an import must avoid. */
import type { Database } from 'better-sqlite3';
import type { CandidatePage, CandidateSort, ParsedInput } from '../../../shared/contract/contract';
import type { Candidate } from '../../../shared/domain/candidate';
import { searchKey } from '../../../shared/domain/normalise';
import { AppError } from '../../../shared/errors';

const ROW_COLUMNS = `c.id, c.nomor_peserta AS nomorPeserta, c.nik, c.nama, c.jenis_kelamin AS jenisKelamin,
  c.tanggal_lahir AS tanggalLahir, c.pendidikan, c.formasi_id AS formasiId, f.code AS formasiCode,
  f.jabatan, c.skd_total AS skdTotal`;

const ORDER_BY: Record<CandidateSort, string> = {
  nama: 'c.nama COLLATE NOCASE, c.nomor_peserta',
  nomorPeserta: 'c.nomor_peserta',
  formasi: 'f.code_key, c.nama COLLATE NOCASE',
  skdTotal: 'c.skd_total DESC NULLS LAST, c.nama COLLATE NOCASE',
};

/** One page of the candidates matching every word of `query`, with the total that matched. */
export function searchCandidates(
  db: Database,
  input: ParsedInput<'candidates:search'>,
): CandidatePage {
  const where = ['c.selection_id = ?'];
  const params: Array<string | number> = [input.selectionId];
  for (const word of searchKey(input.query).split(/\s+/).filter(Boolean)) {
    // instr, not LIKE: search_text is already lower-case, and no wildcard needs escaping.
    where.push('instr(c.search_text, ?) > 0');
    params.push(word);
  }
  if (input.formasiId) {
    where.push('c.formasi_id = ?');
    params.push(input.formasiId);
  }
  if (input.jenisKelamin) {
    where.push('c.jenis_kelamin = ?');
    params.push(input.jenisKelamin);
  }
  const filter = where.join(' AND ');
  const total = db
    .prepare(`SELECT count(*) FROM candidates c WHERE ${filter}`)
    .pluck()
    .get(...params) as number;
  const rows = db
    .prepare(
      `SELECT ${ROW_COLUMNS} FROM candidates c JOIN formasi f ON f.id = c.formasi_id
       WHERE ${filter} ORDER BY ${ORDER_BY[input.sort]} LIMIT ? OFFSET ?`,
    )
    .all(...params, input.limit, input.offset) as CandidatePage['rows'];
  return { total, rows };
}

interface CandidateRecord extends Omit<Candidate, 'skd'> {
  twk: number | null;
  tiu: number | null;
  tkp: number | null;
}

/** One candidate with its formasi; throws `candidate.notFound`. */
export function getCandidate(db: Database, id: string): Candidate {
  const row = db
    .prepare(
      `SELECT ${ROW_COLUMNS}, c.selection_id AS selectionId, c.import_id AS importId, c.ipk,
         c.nilai_ijazah AS nilaiIjazah, c.twk, c.tiu, c.tkp
       FROM candidates c JOIN formasi f ON f.id = c.formasi_id WHERE c.id = ?`,
    )
    .get(id) as CandidateRecord | undefined;
  if (!row) throw new AppError('candidate.notFound');
  const { twk, tiu, tkp, ...rest } = row;
  const skd = twk !== null && tiu !== null && tkp !== null ? { twk, tiu, tkp } : null;
  return { ...rest, skd };
}

/** The nomor peserta and NIKs already used in a selection, which an import may not repeat. */
export function existingCandidateKeys(
  db: Database,
  selectionId: string,
): { nomorPeserta: Set<string>; nik: Set<string> } {
  const rows = db
    .prepare('SELECT nomor_peserta AS nomor, nik FROM candidates WHERE selection_id = ?')
    .all(selectionId) as Array<{ nomor: string; nik: string }>;
  return {
    nomorPeserta: new Set(rows.map((row) => row.nomor)),
    nik: new Set(rows.map((row) => row.nik)),
  };
}
