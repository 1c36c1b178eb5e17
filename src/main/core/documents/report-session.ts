/** The facts of a session every official document prints: who runs it, what, when and where. */
import type { Database } from 'better-sqlite3';
import type { Assessor } from '../../../shared/domain/assessor';
import { getAssessor } from '../assessors/queries';
import { getFormasi } from '../formasi/queries';
import { getSelection } from '../selections/queries';
import { findRubricComponent } from '../sessions/component';
import { sessionDetail, type SessionCandidate } from '../sessions/detail';

/** A session as its documents describe it. */
export interface ReportSession {
  id: string;
  selectionId: string;
  selectionName: string;
  instansi: string;
  location: string;
  formasiCode: string;
  jabatan: string;
  componentKey: string;
  componentLabel: string;
  date: string;
  startTime: string;
  room: string;
  /** The fixed creation date of the PDF, so output is repeatable. */
  createdAt: string;
  /** The panel in its order. */
  panel: Assessor[];
  /** The scheduled candidates by nomor peserta, with the check-in that counts. */
  candidates: SessionCandidate[];
}

/** The facts of session `sessionId`; throws `session.notFound`. */
export function reportSession(db: Database, sessionId: string): ReportSession {
  const { session, panel, candidates } = sessionDetail(db, sessionId);
  const selection = getSelection(db, session.selectionId);
  const formasi = getFormasi(db, session.formasiId);
  // A plan changed since may no longer score the component; the key still names it.
  const component = findRubricComponent(db, session.formasiId, session.componentKey);
  return {
    id: session.id,
    selectionId: session.selectionId,
    selectionName: selection.name,
    instansi: selection.instansi,
    location: selection.location,
    formasiCode: formasi.code,
    jabatan: formasi.jabatan,
    componentKey: session.componentKey,
    componentLabel: component?.label ?? session.componentKey,
    date: session.date,
    startTime: session.startTime,
    room: session.room,
    createdAt: session.createdAt,
    panel,
    candidates,
  };
}

/**
 * Who signs for the committee: the chair (ketua) on the panel, else the selection's first chair
 * by name, else nobody (the block is printed with a blank name).
 */
export function sessionChair(db: Database, session: ReportSession): Assessor | null {
  const onPanel = session.panel.find((assessor) => assessor.role === 'ketua');
  if (onPanel) return onPanel;
  const id = db
    .prepare(
      `SELECT a.id FROM assessors a JOIN sessions s ON s.selection_id = a.selection_id
       WHERE s.id = ? AND a.role = 'ketua' ORDER BY a.nama, a.id LIMIT 1`,
    )
    .pluck()
    .get(session.id) as string | undefined;
  return id ? getAssessor(db, id) : null;
}
