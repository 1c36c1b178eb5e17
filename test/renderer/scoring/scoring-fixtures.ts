/**
 * A scoring morning on the real core behind the renderer: a published rubric (aspects A and B on
 * 1–5), a planned formasi, one session with four candidates (three present, one absent), the
 * chair and two penguji on the panel with the integrity statement accepted.
 */
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
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
import type { SheetEntry } from '../../../src/shared/domain/sheet';
import { makeAspect, makeRubric } from '../../helpers/rubric-fixtures';
import { enrol, PIN, selectionWithCandidates } from '../../main/core/assessors/fixtures';
import { PRESENT } from '../../main/core/scoring/fixtures';
import { COMPONENT, FIELDS, PIN_PENGUJI_2 } from '../../main/core/sessions/fixtures';
import { realBackend } from '../helpers/real-backend';
import { renderApp } from '../helpers/render-app';

/** The PINs of the three assessors on the panel. */
export const PINS = { ketua: PIN.ketua, budi: PIN.penguji, siti: PIN_PENGUJI_2 } as const;

/** Seeds the morning into a fresh real backend, without rendering anything. */
export async function seedMorning() {
  const backend = await realBackend();
  const { store } = backend;
  const { selectionId } = await selectionWithCandidates(store);
  const ketua = enrol(store, selectionId, 'ketua', PIN.ketua, 'Dra. Sri Wahyuni, M.Si.');
  const budi = enrol(store, selectionId, 'penguji', PIN.penguji, 'Budi Santoso, S.Pd.');
  const siti = enrol(store, selectionId, 'penguji', PIN_PENGUJI_2, 'Siti Aminah, S.Psi.');
  enrol(store, selectionId, 'pengamat', '591837', 'Rahmat Hidayat');
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
  setPlan(store, formasiId, demoPlan(COMPONENT, rubric), null);
  const candidates = store.db
    .prepare('SELECT id, nama FROM candidates WHERE formasi_id = ? ORDER BY nomor_peserta LIMIT 4')
    .all(formasiId) as Array<{ id: string; nama: string }>;
  const session = createSession(store, formasiId, COMPONENT, FIELDS);
  scheduleCandidates(
    store,
    session.id,
    candidates.map((c) => c.id),
  );
  assignPanel(store, session.id, [budi.id, siti.id, ketua.id]);
  acceptIntegrity(store, budi.id, PIN.penguji);
  acceptIntegrity(store, siti.id, PIN_PENGUJI_2);
  acceptIntegrity(store, ketua.id, PIN.ketua);
  for (const candidate of candidates.slice(0, 3))
    recordAttendance(store, session.id, candidate.id, PRESENT);
  recordAttendance(store, session.id, candidates[3]!.id, {
    status: 'tidak_hadir',
    identityChecked: false,
    document: null,
    at: PRESENT.at,
  });

  /** Submits a sheet through the core, as another laptop session would have. */
  const submitInCore = (
    assessorId: string,
    pin: string,
    candidateId: string,
    entry: SheetEntry,
  ) => {
    const sittings = new Sittings();
    const { sittingId } = sittings.open(store.db, assessorId, pin, store.now());
    return submitSheet(
      store,
      sittings,
      { sittingId, sessionId: session.id, candidateId },
      pin,
      entry,
    );
  };

  return { ...backend, selectionId, session, candidates, ketua, budi, siti, submitInCore };
}

/** Seeds the morning and renders the app on the score-entry screen. */
export async function scoringMorning() {
  const morning = await seedMorning();
  const app = renderApp({
    api: morning.api,
    path: '/penilaian/nilai',
    activeSelectionId: morning.selectionId,
  });
  return { ...morning, ...app };
}

/** Picks `nama` at "Siapa Anda?" and types the PIN, then Enter. */
export async function signIn(user: UserEvent, nama: RegExp, pin: string) {
  await user.click(await screen.findByRole('button', { name: nama }));
  await user.keyboard(`${pin}{Enter}`);
}

/** The queue button of a candidate. */
export function queueItem(nama: string) {
  return screen.getByRole('button', { name: new RegExp(escape(nama)) });
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
