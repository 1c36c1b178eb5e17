/**
 * A real backend with a selection ready for the scoring day, seeded through the core: a formasi
 * whose plan has the `wawancara` rubric component, its candidates, and four assessors (a chair,
 * two assessors and an observer, enrolled with the cheap test KDF).
 */
import { demoPlan } from '../../../src/main/core/demo/demo-plans';
import { setPlan } from '../../../src/main/core/plans/commands';
import { createRubric, publishRubric } from '../../../src/main/core/rubrics/commands';
import { createSession, scheduleCandidates } from '../../../src/main/core/sessions/commands';
import { makeAspect, makeRubric } from '../../helpers/rubric-fixtures';
import { enrol, PIN, selectionWithCandidates } from '../../main/core/assessors/fixtures';
import { COMPONENT, FIELDS, PIN_PENGUJI_2 } from '../../main/core/sessions/fixtures';
import { realBackend } from '../helpers/real-backend';

/** The backend, the selection, the planned formasi, its candidates by nomor, and assessors. */
export async function scoringDayBackend() {
  const backend = await realBackend();
  const { store } = backend;
  const { selectionId } = await selectionWithCandidates(store, 30);
  const ketua = enrol(store, selectionId, 'ketua', PIN.ketua, 'Dra. Sri Wahyuni, M.Si.');
  const penguji = enrol(store, selectionId, 'penguji', PIN.penguji, 'Budi Santoso, S.Pd.');
  const penguji2 = enrol(store, selectionId, 'penguji', PIN_PENGUJI_2, 'Siti Aminah, S.Psi.');
  const pengamat = enrol(store, selectionId, 'pengamat', PIN.pengamat, 'Rahmat Hidayat');
  const rubric = publishRubric(
    store,
    createRubric(store, makeRubric([makeAspect('A', 50), makeAspect('B', 50)])).id,
  );
  const formasi = store.db
    .prepare(
      `SELECT f.id, f.code, f.jabatan FROM formasi f JOIN candidates c ON c.formasi_id = f.id
       WHERE f.selection_id = ? GROUP BY f.id ORDER BY count(*) DESC, f.id LIMIT 1`,
    )
    .get(selectionId) as { id: string; code: string; jabatan: string };
  setPlan(store, formasi.id, demoPlan('wawancara', rubric), null);
  const candidates = store.db
    .prepare(
      `SELECT id, nomor_peserta AS nomor, nama FROM candidates WHERE formasi_id = ?
       ORDER BY nomor_peserta`,
    )
    .all(formasi.id) as Array<{ id: string; nomor: string; nama: string }>;
  return { ...backend, selectionId, formasi, candidates, ketua, penguji, penguji2, pengamat };
}

/** The scoring day with a session of the `wawancara` component holding the first `count`. */
export async function sessionBackend(count = 3) {
  const day = await scoringDayBackend();
  const session = createSession(day.store, day.formasi.id, COMPONENT, FIELDS);
  const scheduled = day.candidates.slice(0, count);
  if (count > 0)
    scheduleCandidates(
      day.store,
      session.id,
      scheduled.map((c) => c.id),
    );
  return { ...day, session, scheduled };
}
