/**
 * The reads behind the session screens: sessions with their formasi and component names, the
 * detail of one session with the draw behind its panel, what a session can be opened for, and
 * who can still be scheduled or seated. Only public fields leave here.
 */
import type { Database } from 'better-sqlite3';
import type { Assessor } from '../../../shared/domain/assessor';
import type {
  PanelAssessor,
  PanelDraw,
  SchedulableCandidate,
  SessionComponent,
  SessionDetailView,
  SessionView,
} from '../../../shared/domain/session-views';
import type { Session } from '../../../shared/domain/session';
import { listAssessors } from '../assessors/queries';
import { candidateStatus } from '../attendance/queries';
import { getFormasi, listFormasi } from '../formasi/queries';
import { findPlan } from '../plans/queries';
import { findRubricComponent } from './component';
import { sessionDetail } from './detail';
import { getSession, sessionsOf } from './queries';

/** The sessions of a selection in the order of the day, with formasi and component names. */
export function sessionViews(db: Database, selectionId: string): SessionView[] {
  const formasi = new Map(listFormasi(db, selectionId).map((f) => [f.id, f]));
  return sessionsOf(db, selectionId).map((session) => {
    const f = formasi.get(session.formasiId) ?? getFormasi(db, session.formasiId);
    return toView(db, session, f.code, f.jabatan);
  });
}

/** One session with its names; throws `session.notFound`. */
export function sessionView(db: Database, sessionId: string): SessionView {
  const session = getSession(db, sessionId);
  const f = getFormasi(db, session.formasiId);
  return toView(db, session, f.code, f.jabatan);
}

/** The detail of one session as the desk shows it; throws `session.notFound`. */
export function sessionDetailView(db: Database, sessionId: string): SessionDetailView {
  const detail = sessionDetail(db, sessionId);
  return {
    session: sessionView(db, sessionId),
    panel: detail.panel.map(toPanelAssessor),
    panelIncomplete: detail.panelIncomplete,
    draw: detail.session.panelMethod === 'undian' ? currentDraw(db, detail.session) : null,
    candidates: detail.candidates.map((candidate) => ({
      ...candidate,
      candidateStatus: candidateStatus(db, candidate.candidateId),
    })),
  };
}

/** Every rubric-scored component of every formasi's plan: what a session can be opened for. */
export function sessionComponents(db: Database, selectionId: string): SessionComponent[] {
  return listFormasi(db, selectionId).flatMap((formasi) =>
    (findPlan(db, formasi.id)?.plan.components ?? []).flatMap((component) =>
      component.source.type === 'rubric'
        ? [
            {
              formasiId: formasi.id,
              code: formasi.code,
              jabatan: formasi.jabatan,
              componentKey: component.key,
              label: component.label,
              minAssessors: component.source.minAssessors,
            },
          ]
        : [],
    ),
  );
}

/** Candidates of the session's formasi not yet in any session of its component, by nomor. */
export function schedulableCandidates(db: Database, sessionId: string): SchedulableCandidate[] {
  const session = getSession(db, sessionId);
  return db
    .prepare(
      `SELECT c.id, c.nomor_peserta AS nomorPeserta, c.nama FROM candidates c
       WHERE c.formasi_id = ? AND NOT EXISTS (
         SELECT 1 FROM session_candidates sc
         WHERE sc.candidate_id = c.id AND sc.component_key = ?)
       ORDER BY c.nomor_peserta`,
    )
    .all(session.formasiId, session.componentKey) as SchedulableCandidate[];
}

/** The selection's assessors who may sit on the session's panel: everyone but observers. */
export function eligibleAssessors(db: Database, sessionId: string): PanelAssessor[] {
  const { selectionId } = getSession(db, sessionId);
  return listAssessors(db, selectionId)
    .filter((assessor) => assessor.role !== 'pengamat')
    .map(toPanelAssessor);
}

function toView(db: Database, session: Session, formasiCode: string, jabatan: string) {
  const component = findRubricComponent(db, session.formasiId, session.componentKey);
  return { ...session, formasiCode, jabatan, componentLabel: component?.label ?? null };
}

function toPanelAssessor({ id, nama, nip, role }: Assessor): PanelAssessor {
  return { id, nama, nip, role };
}

/**
 * The journaled draw whose seed formed the current panel. The state tables keep only the seed;
 * the pool and algorithm live in the journal entry, which is what the room needs to repeat it.
 */
function currentDraw(db: Database, session: Session): PanelDraw | null {
  const payload = db
    .prepare(
      `SELECT j.payload FROM journal_refs r
       JOIN journal j ON j.device_id = r.device_id AND j.seq = r.seq
       WHERE r.entity_id = ? AND j.kind = 'panel.drawn' AND json_extract(j.payload, '$.seed') = ?
       ORDER BY j.ts DESC, j.device_id DESC, j.seq DESC LIMIT 1`,
    )
    .pluck()
    .get(session.id, session.panelSeed) as string | undefined;
  if (!payload) return null;
  const { seed, algorithm, pool, size } = JSON.parse(payload) as PanelDraw;
  return { seed, algorithm, pool, size };
}
