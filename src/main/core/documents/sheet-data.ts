/**
 * What the blank score sheets of a session print: the session's facts, the rubric version the
 * plan component pins, and one subject (candidate × assessor of that candidate's panel) per sheet.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { RubricContent } from '../../../shared/rubric/rubric';
import { getFormasi } from '../formasi/queries';
import { findRubric } from '../rubrics/queries';
import { getSelection } from '../selections/queries';
import { getRubricComponent } from '../sessions/component';
import { panelFor } from '../sessions/panel';
import { getSession } from '../sessions/queries';

/** What every sheet of the session shares. */
export interface SheetContext {
  selectionName: string;
  formasiCode: string;
  jabatan: string;
  componentKey: string;
  componentLabel: string;
  date: string;
  startTime: string;
  room: string;
  /** When the session was created: the fixed creation date of the PDF, so output is repeatable. */
  sessionCreatedAt: string;
  rubric: { title: string; version: number; contentHash: string; content: RubricContent };
}

/** The candidate and the assessor of one sheet. */
export interface SheetSubject {
  candidate: { id: string; nomorPeserta: string; nama: string };
  assessor: { id: string; nama: string; nip: string | null };
}

/** The session's shared facts and the sheets to print, by nomor peserta then panel order. */
export interface SheetSet {
  context: SheetContext;
  subjects: SheetSubject[];
}

/**
 * The sheets of session `sessionId`, for every scheduled candidate or only `candidateIds`.
 * Throws `session.notFound`, `session.notScheduled` (a listed candidate is not in the session),
 * `session.componentNotScored` (the plan no longer scores the component on a rubric),
 * `document.noCandidates`, `document.noRubric` or `document.noPanel` (no candidate has an assessor).
 */
export function sheetSet(
  db: Database,
  sessionId: string,
  candidateIds?: readonly string[],
): SheetSet {
  const session = getSession(db, sessionId);
  const formasi = getFormasi(db, session.formasiId);
  const component = getRubricComponent(db, session.formasiId, session.componentKey);
  const candidates = chosenCandidates(db, sessionId, candidateIds);
  const rubric = pinnedRubric(db, component.label, component.source);
  const subjects = candidates.flatMap((candidate) =>
    panelFor(db, sessionId, candidate.id).map((assessor) => ({
      candidate,
      assessor: { id: assessor.id, nama: assessor.nama, nip: assessor.nip },
    })),
  );
  if (subjects.length === 0) throw new AppError('document.noPanel');
  return {
    context: {
      selectionName: getSelection(db, session.selectionId).name,
      formasiCode: formasi.code,
      jabatan: formasi.jabatan,
      componentKey: component.key,
      componentLabel: component.label,
      date: session.date,
      startTime: session.startTime,
      room: session.room,
      sessionCreatedAt: session.createdAt,
      rubric,
    },
    subjects,
  };
}

type Candidate = SheetSubject['candidate'];

function chosenCandidates(
  db: Database,
  sessionId: string,
  candidateIds: readonly string[] | undefined,
): Candidate[] {
  const scheduled = db
    .prepare(
      `SELECT c.id, c.nomor_peserta AS nomorPeserta, c.nama
       FROM session_candidates sc JOIN candidates c ON c.id = sc.candidate_id
       WHERE sc.session_id = ? ORDER BY c.nomor_peserta`,
    )
    .all(sessionId) as Candidate[];
  if (candidateIds === undefined) {
    if (scheduled.length === 0) throw new AppError('document.noCandidates');
    return scheduled;
  }
  if (candidateIds.length === 0) throw new AppError('document.noCandidates');
  const known = new Set(scheduled.map((c) => c.id));
  if (candidateIds.some((id) => !known.has(id))) throw new AppError('session.notScheduled');
  const wanted = new Set(candidateIds);
  return scheduled.filter((c) => wanted.has(c.id));
}

function pinnedRubric(
  db: Database,
  componentLabel: string,
  source: { rubricVersionId: string | null; rubricHash: string | null },
): SheetContext['rubric'] {
  const version = source.rubricVersionId ? findRubric(db, source.rubricVersionId) : null;
  // The plan rules already refuse these; checked again because the paper must match exactly
  // the version that will be scored, never a draft or another content.
  if (!version || version.status === 'draft' || version.contentHash !== source.rubricHash) {
    throw new AppError('document.noRubric', { component: componentLabel });
  }
  // A published version's content is complete; parsing it as such gives the final types.
  const content = RubricContent.parse(version.content);
  return {
    title: content.title,
    version: version.version,
    contentHash: version.contentHash,
    content,
  };
}
