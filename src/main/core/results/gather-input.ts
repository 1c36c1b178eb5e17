/**
 * Reads everything the results of a selection are computed from out of the store, in the shape
 * `computeResults` takes (src/shared/results/input.ts). Only reads: the same database always
 * gives the same input, whatever order rows were written in (the computation sorts).
 */
import type { Database } from 'better-sqlite3';
import type { StoredExternalScore } from '../../../shared/domain/external-score';
import type { ScoringPlan } from '../../../shared/plan/plan';
import {
  defaultResultsConfig,
  type CatPppkScores,
  type ExternalValue,
  type ResultAttendance,
  type ResultCandidate,
  type ResultFormasi,
  type ResultSheet,
  type ResultsInput,
} from '../../../shared/results/input';
import { externalScoresOf } from '../external/queries';

interface CandidateRow {
  id: string;
  nomorPeserta: string;
  nama: string;
  formasiId: string;
  tanggalLahir: string;
  ipk: number | null;
  nilaiIjazah: number | null;
  twk: number | null;
  tiu: number | null;
  tkp: number | null;
}

interface SheetRow {
  candidateId: string;
  contentJson: string;
}

/** The results input of `selectionId`, with the default configuration. */
export function gatherResultsInput(db: Database, selectionId: string): ResultsInput {
  const outOfSelection = latestStatuses(db, selectionId);
  const absent = absentCandidates(db, selectionId);
  const sheets = sheetsByCandidate(db, selectionId);
  const external = externalScoresOf(db, selectionId);
  const candidates = (
    db
      .prepare(
        `SELECT id, nomor_peserta AS nomorPeserta, nama, formasi_id AS formasiId,
              tanggal_lahir AS tanggalLahir, ipk, nilai_ijazah AS nilaiIjazah, twk, tiu, tkp
       FROM candidates WHERE selection_id = ?`,
      )
      .all(selectionId) as CandidateRow[]
  ).map((row): ResultCandidate => ({
    id: row.id,
    nomorPeserta: row.nomorPeserta,
    nama: row.nama,
    formasiId: row.formasiId,
    tanggalLahir: row.tanggalLahir,
    ipk: row.ipk,
    nilaiIjazah: row.nilaiIjazah,
    skd:
      row.twk === null || row.tiu === null || row.tkp === null
        ? null
        : { twk: row.twk, tiu: row.tiu, tkp: row.tkp },
    ...externalInputs(Object.values(external[row.id] ?? {})),
    attendance: attendanceOf(row.id, outOfSelection, absent),
    sheets: sheets.get(row.id) ?? [],
  }));
  return { config: defaultResultsConfig(), formasi: formasiOf(db, selectionId), candidates };
}

/**
 * A candidate's imported scores as the computation reads them: CAT PPPK sub-scores on the
 * candidate (the tie-break chain reads them), other scores and MS/TMS results by component.
 */
function externalInputs(stored: readonly StoredExternalScore[]): {
  catPppk: CatPppkScores | null;
  external: Record<string, ExternalValue>;
} {
  let catPppk: CatPppkScores | null = null;
  const external: Record<string, ExternalValue> = {};
  for (const score of stored) {
    if (score.source === 'cat_pppk' && score.teknis !== null) {
      catPppk = {
        teknis: score.teknis,
        manajerialSosialKultural: score.manajerialSk ?? 0,
        wawancara: score.wawancara ?? 0,
      };
    } else if (score.source === 'external_ms_tms' && score.msTms !== null) {
      external[score.componentKey] = score.msTms;
    } else if (score.score !== null) {
      external[score.componentKey] = score.score;
    }
  }
  return { catPppk, external };
}

/** APS and DIS outrank an absence; an absence from any scheduled session is TH. */
function attendanceOf(
  candidateId: string,
  outOfSelection: ReadonlyMap<string, 'APS' | 'DIS'>,
  absent: ReadonlySet<string>,
): ResultAttendance {
  return outOfSelection.get(candidateId) ?? (absent.has(candidateId) ? 'TH' : 'hadir');
}

function formasiOf(db: Database, selectionId: string): ResultFormasi[] {
  const rows = db
    .prepare(
      `SELECT f.id, f.code, f.quota, p.plan_json AS planJson
     FROM formasi f JOIN formasi_plans p ON p.formasi_id = f.id
     WHERE f.selection_id = ?`,
    )
    .all(selectionId) as { id: string; code: string; quota: number; planJson: string }[];
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    quota: row.quota,
    plan: JSON.parse(row.planJson) as ScoringPlan,
  }));
}

/** Each candidate's latest selection-wide status, where it is APS or DIS. */
function latestStatuses(db: Database, selectionId: string): Map<string, 'APS' | 'DIS'> {
  const rows = db
    .prepare(
      `SELECT candidate_id AS candidateId, status FROM (
       SELECT s.candidate_id, s.status, ROW_NUMBER() OVER (
         PARTITION BY s.candidate_id ORDER BY s.changed_at DESC, s.device_id DESC, s.seq DESC
       ) AS newest
       FROM candidate_status_changes s JOIN candidates c ON c.id = s.candidate_id
       WHERE c.selection_id = ?)
     WHERE newest = 1 AND status IN ('APS', 'DIS')`,
    )
    .all(selectionId) as { candidateId: string; status: 'APS' | 'DIS' }[];
  return new Map(rows.map((row) => [row.candidateId, row.status]));
}

/** Candidates whose latest check-in at some session of theirs is "tidak hadir". */
function absentCandidates(db: Database, selectionId: string): Set<string> {
  const ids = db
    .prepare(
      `SELECT DISTINCT candidate_id FROM (
       SELECT a.candidate_id, a.status, ROW_NUMBER() OVER (
         PARTITION BY a.session_id, a.candidate_id
         ORDER BY a.recorded_at DESC, a.device_id DESC, a.seq DESC
       ) AS newest
       FROM attendance a JOIN candidates c ON c.id = a.candidate_id
       WHERE c.selection_id = ?)
     WHERE newest = 1 AND status = 'tidak_hadir'`,
    )
    .pluck()
    .all(selectionId) as string[];
  return new Set(ids);
}

/** Every submitted version of every sheet, read from the signed content itself. */
function sheetsByCandidate(db: Database, selectionId: string): Map<string, ResultSheet[]> {
  const rows = db
    .prepare(
      `SELECT candidate_id AS candidateId, content_json AS contentJson
     FROM score_sheets WHERE selection_id = ?`,
    )
    .all(selectionId) as SheetRow[];
  const out = new Map<string, ResultSheet[]>();
  for (const row of rows) {
    const content = JSON.parse(row.contentJson) as {
      id: string;
      componentKey: string;
      assessorId: string;
      version: number;
      supersedes: string | null;
      total: ResultSheet['total'];
      submittedAt: string;
    };
    const sheet: ResultSheet = {
      id: content.id,
      componentKey: content.componentKey,
      assessorId: content.assessorId,
      version: content.version,
      supersedes: content.supersedes,
      total: content.total,
      submittedAt: content.submittedAt,
    };
    const list = out.get(row.candidateId);
    if (list) list.push(sheet);
    else out.set(row.candidateId, [sheet]);
  }
  return out;
}
