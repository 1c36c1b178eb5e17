/** The Penguji screen over the real core, with a selection of candidates seeded through it. */
import { screen } from '@testing-library/react';
import { PATHS } from '../../../src/renderer/app/paths';
import { enrol, PIN, selectionWithCandidates } from '../../main/core/assessors/fixtures';
import { realBackend } from '../helpers/real-backend';
import { renderApp } from '../helpers/render-app';

export { PIN };

/**
 * Time allowed per test: each one opens a real store, imports candidates and types PINs key by
 * key, which on a loaded two-core machine takes longer than the renderer default of 5 s.
 */
export const SCREEN_TEST_TIMEOUT = 30_000;

/** Which assessors to enrol through the core before the screen opens. */
export type Seed = Array<'ketua' | 'penguji' | 'pengamat'>;

/** Names of the seeded assessors, by role. */
export const NAMA = {
  ketua: 'Dra. Sri Wahyuni, M.Si.',
  penguji: 'Budi Santoso, S.Pd.',
  pengamat: 'Rahmat Hidayat',
} as const;

/** Opens the screen on a fresh real store holding a selection, 20 candidates and `seed`. */
export async function openAssessorScreen(seed: Seed = []) {
  const backend = await realBackend();
  const { store } = backend;
  const { selectionId, candidateIds } = await selectionWithCandidates(store, 8);
  const enrolled = Object.fromEntries(
    seed.map((role) => [role, enrol(store, selectionId, role, PIN[role], NAMA[role])]),
  );
  const app = renderApp({
    api: backend.api,
    path: PATHS.scoringAssessors,
    activeSelectionId: selectionId,
  });
  await screen.findByRole('heading', { level: 1, name: /^Penguji/ });
  return { ...app, ...backend, selectionId, candidateIds, enrolled };
}

/** The button of `action` in the row of the assessor named `nama`. */
export function rowButton(
  action: 'Pakta integritas' | 'Nyatakan konflik kepentingan' | 'Atur ulang PIN',
  nama: string,
) {
  return screen.queryByRole('button', { name: `${action} — ${nama}` });
}
