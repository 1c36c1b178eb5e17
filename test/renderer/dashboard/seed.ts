/**
 * A scoring day seeded through the core into a real-backend store: two formasi with the
 * `wawancara` component, three sessions (created out of the order of the day), panels of two
 * assessors, candidates checked in, and open sittings to submit sheets with.
 */
import { acceptIntegrity } from '../../../src/main/core/assessors/commands';
import { recordAttendance } from '../../../src/main/core/attendance/commands';
import { demoPlan } from '../../../src/main/core/demo/demo-plans';
import { setPlan } from '../../../src/main/core/plans/commands';
import { createRubric, publishRubric } from '../../../src/main/core/rubrics/commands';
import { submitSheet } from '../../../src/main/core/scoring/commands';
import { Sittings } from '../../../src/main/core/scoring/sittings';
import {
  assignPanel,
  createSession,
  scheduleCandidates,
} from '../../../src/main/core/sessions/commands';
import type { Store } from '../../../src/main/core/store/open-store';
import type { Session } from '../../../src/shared/domain/session';
import { makeAspect, makeRubric } from '../../helpers/rubric-fixtures';
import { enrol, PIN, selectionWithCandidates } from '../../main/core/assessors/fixtures';
import { entry, PRESENT } from '../../main/core/scoring/fixtures';
import { PIN_PENGUJI_2 } from '../../main/core/sessions/fixtures';

/** The two penguji's PINs, by sitting. */
const PINS = { a: PIN.penguji, b: PIN_PENGUJI_2 } as const;

/** Seeds the day into `store`; `submit` sends a sheet as assessor a or b. */
export async function seedScoringDay(store: Store) {
  const { selectionId } = await selectionWithCandidates(store, 30);
  const rubric = publishRubric(
    store,
    createRubric(store, makeRubric([makeAspect('A', 50), makeAspect('B', 50)])).id,
  );
  const formasiIds = store.db
    .prepare(
      `SELECT formasi_id FROM candidates WHERE selection_id = ?
       GROUP BY formasi_id ORDER BY count(*) DESC, formasi_id LIMIT 2`,
    )
    .pluck()
    .all(selectionId) as string[];
  const [main, other] = formasiIds as [string, string];
  for (const formasiId of formasiIds)
    setPlan(store, formasiId, demoPlan('wawancara', rubric), null);
  const candidatesOf = (formasiId: string) =>
    store.db
      .prepare('SELECT id FROM candidates WHERE formasi_id = ? ORDER BY nomor_peserta')
      .pluck()
      .all(formasiId) as string[];
  const a = enrol(store, selectionId, 'penguji', PINS.a, 'Budi Santoso, S.Pd.');
  const b = enrol(store, selectionId, 'penguji', PINS.b, 'Siti Aminah, S.Psi.');
  const pengamat = enrol(store, selectionId, 'pengamat', PIN.pengamat, 'Rahmat Hidayat');
  acceptIntegrity(store, a.id, PINS.a);
  acceptIntegrity(store, b.id, PINS.b);

  const open = (formasiId: string, startTime: string, room: string, candidateIds: string[]) => {
    const session = createSession(store, formasiId, 'wawancara', {
      date: '2024-11-12',
      startTime,
      room,
    });
    scheduleCandidates(store, session.id, candidateIds);
    assignPanel(store, session.id, [a.id, b.id]);
    return { session, candidateIds };
  };
  // Created out of order: the dashboard must sort by the order of the day.
  const late = open(main, '10:00', 'Ruang Rapat 2', candidatesOf(main).slice(2, 4));
  const early = open(main, '08:00', 'Ruang Rapat 1', candidatesOf(main).slice(0, 2));
  const otherFormasi = open(other, '09:00', 'Aula', candidatesOf(other).slice(0, 2));
  for (const { session, candidateIds } of [early, late, otherFormasi]) {
    for (const candidateId of candidateIds)
      recordAttendance(store, session.id, candidateId, PRESENT);
  }

  const sittings = new Sittings();
  const sitting = {
    a: sittings.open(store.db, a.id, PINS.a, store.now()).sittingId,
    b: sittings.open(store.db, b.id, PINS.b, store.now()).sittingId,
  };
  /** Submits a sheet by assessor `who` for the candidate; levels and note as given. */
  const submit = (
    who: 'a' | 'b',
    session: Session,
    candidateId: string,
    levels: [number, number] = [4, 3],
    note = '',
  ) =>
    submitSheet(
      store,
      sittings,
      { sittingId: sitting[who], sessionId: session.id, candidateId },
      PINS[who],
      entry(levels[0], levels[1], note),
    );
  return {
    selectionId,
    formasi: { main, other },
    sessions: { early, late, otherFormasi },
    assessors: { a, b, pengamat },
    sittings,
    sitting,
    submit,
  };
}
