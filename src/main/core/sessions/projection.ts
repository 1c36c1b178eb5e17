/**
 * How session and panel entries change `sessions`, `session_candidates` and `session_panel`.
 * The appliers hold the rules (a rubric component of the plan, candidates of the session's
 * formasi once per component, eligible panel members, a draw that follows from its seed), so a
 * replayed or merged journal keeps them too.
 */
import type { Database } from 'better-sqlite3';
import type { PanelMethod, Session } from '../../../shared/domain/session';
import { AppError } from '../../../shared/errors';
import type { Appliers } from '../journal/apply';
import { referenceEntities } from '../journal/apply';
import { getRubricComponent } from './component';
import { drawFromSeed } from './draw';
import { assertPanelEligible } from './panel-rules';
import { getSession } from './queries';

type SessionKind =
  'session.created' | 'session.candidatesScheduled' | 'panel.assigned' | 'panel.drawn';

/** Appliers for `session.*` and `panel.*` entries. */
export const sessionAppliers: Appliers<SessionKind> = {
  'session.created'(db, { id, formasiId, componentKey, fields }, entry) {
    const formasi = db
      .prepare('SELECT selection_id AS selectionId FROM formasi WHERE id = ?')
      .get(formasiId) as { selectionId: string } | undefined;
    if (!formasi) throw new AppError('formasi.notFound');
    getRubricComponent(db, formasiId, componentKey);
    db.prepare(
      `INSERT INTO sessions (id, selection_id, formasi_id, component_key, date, start_time, room,
         created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      formasi.selectionId,
      formasiId,
      componentKey,
      fields.date,
      fields.startTime,
      fields.room,
      entry.ts,
    );
    referenceEntities(db, entry, [id, formasiId]);
  },
  'session.candidatesScheduled'(db, { sessionId, candidateIds }, entry) {
    const session = getSession(db, sessionId);
    if (new Set(candidateIds).size !== candidateIds.length) {
      throw new AppError('session.duplicateCandidate');
    }
    const insert = db.prepare(
      `INSERT INTO session_candidates (session_id, candidate_id, component_key, scheduled_at)
       VALUES (?, ?, ?, ?)`,
    );
    for (const candidateId of candidateIds) {
      requireSchedulable(db, session, candidateId);
      insert.run(sessionId, candidateId, session.componentKey, entry.ts);
    }
    referenceEntities(db, entry, [sessionId, ...candidateIds]);
  },
  'panel.assigned'(db, { sessionId, assessorIds }, entry) {
    const session = getSession(db, sessionId);
    assertPanelEligible(db, session, assessorIds);
    setPanel(db, sessionId, assessorIds, 'manual', null, entry.ts);
    referenceEntities(db, entry, [sessionId, ...assessorIds]);
  },
  'panel.drawn'(db, { sessionId, pool, size, seed, assessorIds }, entry) {
    const session = getSession(db, sessionId);
    // The whole pool must be eligible: a draw from a pool with an observer in it is not fair.
    assertPanelEligible(db, session, pool);
    if (size > pool.length) {
      throw new AppError('panel.drawTooLarge', { size, pool: pool.length });
    }
    const expected = drawFromSeed(seed, pool, size);
    if (expected.join() !== assessorIds.join()) throw new AppError('panel.drawMismatch');
    setPanel(db, sessionId, assessorIds, 'undian', seed, entry.ts);
    referenceEntities(db, entry, [sessionId, ...pool]);
  },
};

/** Refuses a candidate of another formasi, or one already in a session of this component. */
function requireSchedulable(db: Database, session: Session, candidateId: string): void {
  const candidate = db
    .prepare('SELECT formasi_id AS formasiId, nomor_peserta AS nomor FROM candidates WHERE id = ?')
    .get(candidateId) as { formasiId: string; nomor: string } | undefined;
  if (!candidate) throw new AppError('candidate.notFound');
  if (candidate.formasiId !== session.formasiId) {
    throw new AppError('session.candidateOtherFormasi', { nomor: candidate.nomor });
  }
  const taken = db
    .prepare('SELECT 1 FROM session_candidates WHERE candidate_id = ? AND component_key = ?')
    .get(candidateId, session.componentKey);
  if (taken) throw new AppError('session.alreadyScheduled', { nomor: candidate.nomor });
}

/** Replaces the session's panel with `assessorIds`, in order. */
function setPanel(
  db: Database,
  sessionId: string,
  assessorIds: readonly string[],
  method: PanelMethod,
  seed: string | null,
  ts: string,
): void {
  db.prepare('DELETE FROM session_panel WHERE session_id = ?').run(sessionId);
  const insert = db.prepare(
    'INSERT INTO session_panel (session_id, assessor_id, position) VALUES (?, ?, ?)',
  );
  assessorIds.forEach((id, position) => insert.run(sessionId, id, position));
  db.prepare(
    'UPDATE sessions SET panel_method = ?, panel_seed = ?, panel_set_at = ? WHERE id = ?',
  ).run(method, seed, ts, sessionId);
}
