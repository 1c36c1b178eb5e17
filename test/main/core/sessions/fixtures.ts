/** A selection ready for the scoring day: a planned formasi with candidates, and assessors. */
import { demoPlan } from '../../../../src/main/core/demo/demo-plans';
import { setPlan } from '../../../../src/main/core/plans/commands';
import { createRubric, publishRubric } from '../../../../src/main/core/rubrics/commands';
import { createSession, scheduleCandidates } from '../../../../src/main/core/sessions/commands';
import { makeAspect, makeRubric } from '../../../helpers/rubric-fixtures';
import { enrol, panel } from '../assessors/fixtures';

/** The in-person component of the fixture plan (minAssessors 2, the preset default). */
export const COMPONENT = 'wawancara';

/** A second assessor's PIN; the others are in the assessor fixtures. */
export const PIN_PENGUJI_2 = '815240';

/** The session fields of the fixture session. */
export const FIELDS = { date: '2024-11-12', startTime: '08:00', room: 'Ruang Rapat 1' } as const;

/**
 * The assessor fixture plus a second penguji, a published rubric, a plan with the `wawancara`
 * component on the formasi with the most candidates, and that formasi's candidates.
 */
export async function scoringDay() {
  const base = await panel();
  const { store, selectionId } = base;
  const rubric = publishRubric(
    store,
    createRubric(store, makeRubric([makeAspect('A', 50), makeAspect('B', 50)])).id,
  );
  const { formasiId } = store.db
    .prepare(
      `SELECT formasi_id AS formasiId FROM candidates WHERE selection_id = ?
       GROUP BY formasi_id ORDER BY count(*) DESC, formasi_id LIMIT 1`,
    )
    .get(selectionId) as { formasiId: string };
  setPlan(store, formasiId, demoPlan('wawancara', rubric), null);
  const formasiCandidates = store.db
    .prepare('SELECT id FROM candidates WHERE formasi_id = ? ORDER BY nomor_peserta')
    .pluck()
    .all(formasiId) as string[];
  const otherCandidate = store.db
    .prepare('SELECT id FROM candidates WHERE selection_id = ? AND formasi_id <> ? LIMIT 1')
    .pluck()
    .get(selectionId, formasiId) as string;
  const penguji2 = enrol(store, selectionId, 'penguji', PIN_PENGUJI_2, 'Siti Aminah, S.Psi.');
  return { ...base, rubric, formasiId, formasiCandidates, otherCandidate, penguji2 };
}

/** The scoring day with one session holding the formasi's first three candidates. */
export async function scheduledSession() {
  const day = await scoringDay();
  const session = createSession(day.store, day.formasiId, COMPONENT, FIELDS);
  const scheduled = day.formasiCandidates.slice(0, 3);
  scheduleCandidates(day.store, session.id, scheduled);
  return { ...day, session, scheduled };
}
