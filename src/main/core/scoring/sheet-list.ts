/**
 * Every submitted sheet version with its scores and whether its signature verifies now, for the
 * office operator's `panitia sheets` (a tool on the database file itself, so it shows scores).
 */
import type { Database } from 'better-sqlite3';
import { SheetContent } from '../../../shared/domain/sheet';
import { AppError } from '../../../shared/errors';
import { signatureValid } from './sheet-rows';

/** One sheet version as listed. */
export interface ListedSheet {
  sheetId: string;
  nomorPeserta: string;
  nama: string;
  componentKey: string;
  rubricHash: string;
  assessorId: string;
  assessorNama: string;
  scores: Array<{ aspect: string; level: number }>;
  /** The 0–100 total as a number, and exactly. */
  total: number;
  exactTotal: { numerator: number; denominator: number };
  version: number;
  current: boolean;
  origin: SheetContent['origin'];
  signedBy: string;
  submittedAt: string;
  signatureValid: boolean;
}

interface Row {
  contentJson: string;
  signature: string;
  isCurrent: number;
  nomorPeserta: string;
  nama: string;
  assessorNama: string;
}

/**
 * The sheet versions of the database (of one candidate when `nomorPeserta` is given; refused
 * with `candidate.notFound` when nobody has that number), by candidate, component, assessor and
 * version.
 */
export function listSheets(db: Database, nomorPeserta: string | null = null): ListedSheet[] {
  if (nomorPeserta !== null) {
    const known = db.prepare('SELECT 1 FROM candidates WHERE nomor_peserta = ?').get(nomorPeserta);
    if (!known) throw new AppError('candidate.notFound');
  }
  const rows = db
    .prepare(
      `SELECT s.content_json AS contentJson, s.signature, s.is_current AS isCurrent,
         c.nomor_peserta AS nomorPeserta, c.nama, a.nama AS assessorNama
       FROM score_sheets s
       JOIN candidates c ON c.id = s.candidate_id
       JOIN assessors a ON a.id = s.assessor_id
       WHERE @nomor IS NULL OR c.nomor_peserta = @nomor
       ORDER BY c.nomor_peserta, s.component_key, a.nama, s.assessor_id, s.version`,
    )
    .all({ nomor: nomorPeserta }) as Row[];
  return rows.map((row) => {
    const content = SheetContent.parse(JSON.parse(row.contentJson));
    return {
      sheetId: content.id,
      nomorPeserta: row.nomorPeserta,
      nama: row.nama,
      componentKey: content.componentKey,
      rubricHash: content.rubricHash,
      assessorId: content.assessorId,
      assessorNama: row.assessorNama,
      scores: content.scores.map(({ aspect, level }) => ({ aspect, level })),
      total: content.total.numerator / content.total.denominator,
      exactTotal: content.total,
      version: content.version,
      current: row.isCurrent === 1,
      origin: content.origin,
      signedBy: content.signedBy,
      submittedAt: content.submittedAt,
      signatureValid: signatureValid(db, content, row.signature),
    };
  });
}
