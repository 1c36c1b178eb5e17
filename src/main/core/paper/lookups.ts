/** What a paper sheet's key columns point at in a selection: candidate, assessor, session. */
import type { Database } from 'better-sqlite3';
import { listFormasi } from '../formasi/queries';
import { findPlan } from '../plans/queries';
import { findRubric } from '../rubrics/queries';
import { AppError } from '../../../shared/errors';

/** A candidate as a paper row needs them. */
export interface PaperCandidate {
  id: string;
  nama: string;
  formasiId: string;
}

/** The selection's candidate with `nomorPeserta`, or null. */
export function candidateByNomor(
  db: Database,
  selectionId: string,
  nomorPeserta: string,
): PaperCandidate | null {
  const row = db
    .prepare(
      `SELECT id, nama, formasi_id AS formasiId FROM candidates
       WHERE selection_id = ? AND nomor_peserta = ?`,
    )
    .get(selectionId, nomorPeserta) as PaperCandidate | undefined;
  return row ?? null;
}

/** The selection's assessor whose NIP is `value` or, for someone without a NIP, whose id is. */
export function assessorByNipOrId(
  db: Database,
  selectionId: string,
  value: string,
): { id: string; nama: string } | null {
  const row = db
    .prepare(
      `SELECT id, nama FROM assessors WHERE selection_id = @selectionId
         AND (nip = @value OR id = @value)
       ORDER BY nip IS NULL LIMIT 1`,
    )
    .get({ selectionId, value }) as { id: string; nama: string } | undefined;
  return row ?? null;
}

/** The session a candidate is scheduled in for a component (a candidate sits each once), or null. */
export function sessionOfCandidate(
  db: Database,
  candidateId: string,
  componentKey: string,
): string | null {
  const id = db
    .prepare(
      `SELECT s.id FROM sessions s JOIN session_candidates sc ON sc.session_id = s.id
       WHERE sc.candidate_id = ? AND s.component_key = ? ORDER BY s.date, s.start_time LIMIT 1`,
    )
    .pluck()
    .get(candidateId, componentKey) as string | undefined;
  return id ?? null;
}

/** Every aspect code of the rubrics the selection's plans score on, to recognise their columns. */
export function selectionAspectCodes(db: Database, selectionId: string): Set<string> {
  const codes = new Set<string>();
  for (const formasi of listFormasi(db, selectionId)) {
    for (const component of findPlan(db, formasi.id)?.plan.components ?? []) {
      if (component.source.type !== 'rubric' || !component.source.rubricVersionId) continue;
      const rubric = findRubric(db, component.source.rubricVersionId);
      for (const aspect of rubric?.content.aspects ?? []) if (aspect.code) codes.add(aspect.code);
    }
  }
  return codes;
}

/**
 * The assessor an operator names on the command line: by NIP (spaces dropped) or id, in any
 * selection of the database. Refused when nobody, or more than one person, matches.
 */
export function operatorByNipOrId(db: Database, value: string): string {
  const text = value.replace(/\s+/g, '');
  const ids = db
    .prepare('SELECT id FROM assessors WHERE nip = @text OR id = @text')
    .pluck()
    .all({ text }) as string[];
  if (ids.length !== 1) throw new AppError('paper.operatorNotFound', { value });
  return ids[0]!;
}
